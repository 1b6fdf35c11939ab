/** What the form, the export gate and the CLI need from a list of findings. */
import type { SectionKey } from '../format';
import type { Report } from '../report';
import type { Finding } from './types';

/** Only warnings can be acknowledged: errors block a final export whatever is written about them. */
export function isAcknowledged(f: Finding, report: Report): boolean {
  return f.severity === 'warning' && report.acknowledgements.some((a) => a.key === f.key);
}

export interface FindingSummary {
  errors: number;
  /** warnings not yet acknowledged */
  warnings: number;
  infos: number;
  /** acknowledged warnings */
  acknowledged: number;
}

export function summarize(findings: readonly Finding[], report: Report): FindingSummary {
  const s: FindingSummary = { errors: 0, warnings: 0, infos: 0, acknowledged: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'info') s.infos++;
    else if (isAcknowledged(f, report)) s.acknowledged++;
    else s.warnings++;
  }
  return s;
}

export const FINDING_GROUPS: readonly (SectionKey | 'meta')[] = [
  'meta',
  'overview',
  'proactive',
  'requests',
  'review',
  'problems',
  'other',
];

/** Findings grouped in report order (基本信息 first), each group in the order the rules produced them. */
export function findingsBySection(findings: readonly Finding[]): Map<SectionKey | 'meta', Finding[]> {
  const out = new Map<SectionKey | 'meta', Finding[]>(FINDING_GROUPS.map((k) => [k, []]));
  for (const f of findings) out.get(f.section)!.push(f);
  return out;
}
