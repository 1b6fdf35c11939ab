/**
 * The one selector every place that shows a finding reads from: the checks page, the list under a
 * table or text, a cell's mark and message, the in-place acknowledgement. Each returns plain data
 * derived from the live result of this very moment (never a message remembered from an earlier
 * keystroke), and the hooks subscribe to a string snapshot that holds the messages themselves, so
 * a changed message re-renders whatever shows it.
 */
import { useMemo } from 'react';
import type { CellId, RuleId, SectionKey, Severity } from '../../shared/format';
import { jumpTarget } from '../report/jump-target';
import type { LiveState, LiveStore } from '../report/live-store';
import { useLive } from '../report/live-store';

export interface FindingView {
  key: string;
  id: RuleId;
  severity: Exclude<Severity, 'info'>;
  section: SectionKey | 'meta';
  cells: CellId[];
  message: string;
  acknowledged: boolean;
  /** the clerk's written explanation, when acknowledged */
  explanation: string | null;
}

export interface FindingFilter {
  section?: SectionKey | 'meta';
  cell?: CellId;
  /** only findings whose place is this text field (a data-field selector) */
  field?: string;
}

export function findingViews(s: LiveState, filter: FindingFilter = {}): FindingView[] {
  const source = filter.cell ? (s.byCell.get(filter.cell) ?? []) : s.findings;
  const out: FindingView[] = [];
  if (source.length === 0) return out;
  // the findings' own report: an explanation or a place as it was when the rules ran
  const explanations = new Map(s.checked.acknowledgements.map((a) => [a.key, a.explanation]));
  for (const f of source) {
    if (f.severity === 'info') continue;
    if (filter.section && f.section !== filter.section) continue;
    if (filter.field && jumpTarget(f, s.checked) !== filter.field) continue;
    const acknowledged = f.severity === 'warning' && s.acknowledged.has(f.key);
    out.push({
      key: f.key,
      id: f.id,
      severity: f.severity,
      section: f.section,
      cells: f.cells,
      message: f.message,
      acknowledged,
      explanation: acknowledged ? (explanations.get(f.key) ?? null) : null,
    });
  }
  return out;
}

/**
 * Snapshots by run of the rules: a keystroke asks every shown cell for its findings (twice: once with
 * the new totals, once with the new findings), and only a new run of the rules can change the answer.
 */
const SNAPSHOTS = new WeakMap<readonly unknown[], Map<string, string>>();

function findingsSnapshot(s: LiveState, filter: FindingFilter): string {
  let byFilter = SNAPSHOTS.get(s.findings);
  if (!byFilter) SNAPSHOTS.set(s.findings, (byFilter = new Map()));
  const key = `${filter.section ?? ''}|${filter.cell ?? ''}|${filter.field ?? ''}`;
  let snapshot = byFilter.get(key);
  if (snapshot === undefined) byFilter.set(key, (snapshot = JSON.stringify(findingViews(s, filter))));
  return snapshot;
}

/** The findings matching the filter, re-rendering the caller whenever any of them (or its text) changes. */
export function useFindingViews(store: LiveStore, filter: FindingFilter = {}): FindingView[] {
  const { section, cell, field } = filter;
  const snapshot = useLive(store, (s) => findingsSnapshot(s, { section, cell, field }));
  return useMemo(() => JSON.parse(snapshot) as FindingView[], [snapshot]);
}

/** Information lines (days left until the deadline) for the checks page. */
export function infoMessages(s: LiveState): string {
  return s.findings
    .filter((f) => f.severity === 'info')
    .map((f) => f.message)
    .join('\n');
}
