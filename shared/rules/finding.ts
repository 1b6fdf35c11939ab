/** Building findings: severity always comes from the catalogue, keys are stable for acknowledgements. */
import { ruleDef, type CellId, type RuleId, type SectionKey, type TableId } from '../format';
import type { Finding } from './types';

/**
 * A stable identity: the rule ID plus the cells (or a named subject such as `organ.name`).
 * Given a finding, returns the key it carries.
 */
export function findingKey(finding: Finding): string;
export function findingKey(ruleId: RuleId, subject: readonly CellId[] | string): string;
export function findingKey(a: RuleId | Finding, subject: readonly CellId[] | string = ''): string {
  if (typeof a !== 'string') return a.key;
  return `${a}:${typeof subject === 'string' ? subject : subject.join(',')}`;
}

export function finding(
  id: RuleId,
  init: {
    cells?: CellId[];
    section: SectionKey | 'meta';
    message: string;
    expected?: string;
    actual?: string;
    subject?: string;
  },
): Finding {
  const cells = init.cells ?? [];
  const out: Finding = {
    id,
    severity: ruleDef(id).severity,
    cells,
    section: init.section,
    message: init.message,
    key: findingKey(id, init.subject ?? cells),
  };
  if (init.expected !== undefined) out.expected = init.expected;
  if (init.actual !== undefined) out.actual = init.actual;
  return out;
}

export const TABLE_SECTION: Record<TableId, SectionKey> = { T2: 'proactive', T3: 'requests', T4: 'review' };

export function tableSection(id: CellId): SectionKey {
  return TABLE_SECTION[id.slice(0, 2) as TableId];
}
