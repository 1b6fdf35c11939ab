/** Where a finding takes the clerk, and which field it concerns. */
import { parseCellId, SECTIONS } from '../../shared/format';
import type { Report } from '../../shared/report';
import type { Finding } from '../../shared/rules';
import { cellSelector, fieldSelector, prosePath } from './paths';

export type FindingPlace = Pick<Finding, 'cells' | 'section' | 'message'>;

/**
 * Its first cell when that cell is shown in the finding's section; otherwise (a prose finding, or a
 * narrative figure checked against a table) the text field of that section that holds the quoted
 * words, or names the part, or is still empty.
 */
export function jumpTarget(f: FindingPlace, report: Report): string | undefined {
  const cell = f.cells[0];
  const table = cell ? parseCellId(cell)?.table : undefined;
  if (cell && SECTIONS.some((s) => s.key === f.section && s.table === table)) return cellSelector(cell);
  if (f.section === 'meta') return undefined;
  const def = SECTIONS.find((s) => s.key === f.section);
  if (!def || def.parts.length === 0) return undefined;
  const texts = report.prose[def.key as keyof Report['prose']] as Record<string, string>;
  const quoted = [...f.message.matchAll(/“([^”]{4,})”/g)].map((m) => m[1]!);
  const keys = ['lead', ...def.parts.map((p) => p.key)];
  const part =
    keys.find((k) => quoted.some((q) => (texts[k] ?? '').includes(q))) ??
    def.parts.find((p) => f.message.includes(`“${p.title}”`))?.key ??
    def.parts.find((p) => (texts[p.key] ?? '').trim() === '')?.key;
  return part ? fieldSelector(prosePath(def.key as 'overview' | 'problems' | 'other', part)) : undefined;
}
