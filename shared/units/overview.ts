/**
 * One row per checked file in a many-units check (多单位核对): what the supervising office sees first.
 * Pure: the CLI, the app and the tests build the same rows from the same findings.
 */
import type { ImportFormatName } from '../import/formats';
import { RULES, type OrganKind, type RuleId } from '../format';
import type { Report } from '../report';
import { isAcknowledged, summarize, type Finding } from '../rules';

export type UnitStatus = 'ok' | 'errors' | 'unreadable';

/** The Chinese word for each status, in every table, sheet and page. */
export const UNIT_STATUS_LABEL: Record<UnitStatus, string> = {
  ok: '无错误',
  errors: '有错误',
  unreadable: '无法读取',
};

export interface OverviewRow {
  /** the path as found (relative to the folder given, or as named) */
  file: string;
  format: ImportFormatName | null;
  organ: string;
  kind: OrganKind | null;
  year: number | null;
  status: UnitStatus;
  errors: number;
  /** warnings not acknowledged in the report */
  warnings: number;
  /** distinct rule IDs of the errors and unacknowledged warnings, in catalogue order */
  findingIds: RuleId[];
  /** how many notes the import left (encoding, unreadable lines, guessed organ kind …) */
  importNotes: number;
  /** the file whose report was used as last year's for the cross-year rules */
  prior: string | null;
  /** why the file could not be read (Chinese, with a way forward) */
  message: string | null;
}

const RULE_ORDER = new Map<string, number>(RULES.map((r, i) => [r.id, i]));

export function findingIdsOf(findings: readonly Finding[], report: Report): RuleId[] {
  const ids = new Set<RuleId>();
  for (const f of findings) {
    if (f.severity === 'error' || (f.severity === 'warning' && !isAcknowledged(f, report))) ids.add(f.id);
  }
  return [...ids].sort((a, b) => RULE_ORDER.get(a)! - RULE_ORDER.get(b)!);
}

export function checkedRow(input: {
  file: string;
  format: Exclude<OverviewRow['format'], null>;
  report: Report;
  findings: readonly Finding[];
  importNotes: number;
  prior: string | null;
}): OverviewRow {
  const s = summarize(input.findings, input.report);
  return {
    file: input.file,
    format: input.format,
    organ: input.report.organ.name,
    kind: input.report.organ.kind,
    year: input.report.year,
    status: s.errors > 0 ? 'errors' : 'ok',
    errors: s.errors,
    warnings: s.warnings,
    findingIds: findingIdsOf(input.findings, input.report),
    importNotes: input.importNotes,
    prior: input.prior,
    message: null,
  };
}

export function unreadableRow(file: string, message: string): OverviewRow {
  return {
    file,
    format: null,
    organ: '',
    kind: null,
    year: null,
    status: 'unreadable',
    errors: 0,
    warnings: 0,
    findingIds: [],
    importNotes: 0,
    prior: null,
    message,
  };
}

/** 2 if any file could not be read, else 1 if any report has an error, else 0 (the CLI's exit code). */
export function overviewExitCode(rows: readonly OverviewRow[]): 0 | 1 | 2 {
  if (rows.some((r) => r.status === 'unreadable')) return 2;
  return rows.some((r) => r.status === 'errors') ? 1 : 0;
}

export interface OverviewTotals {
  files: number;
  ok: number;
  errors: number;
  unreadable: number;
  paired: number;
}

export function overviewTotals(rows: readonly OverviewRow[]): OverviewTotals {
  return {
    files: rows.length,
    ok: rows.filter((r) => r.status === 'ok').length,
    errors: rows.filter((r) => r.status === 'errors').length,
    unreadable: rows.filter((r) => r.status === 'unreadable').length,
    paired: rows.filter((r) => r.prior !== null).length,
  };
}
