import {
  FEE_FIELDS,
  PROSE_SECTIONS,
  T2_BLOCKS,
  T3_COLUMNS,
  T3_ROWS,
  T4_GROUPS,
  T4_OUTCOMES,
  type OrganKind,
} from '../format';
import { REPORT_SCHEMA_VERSION, type Report, type Tables } from './schema';

function blankGrid(rows: readonly string[], columns: readonly string[]) {
  return Object.fromEntries(rows.map((r) => [r, Object.fromEntries(columns.map((c) => [c, null]))]));
}

export function emptyTables(): Tables {
  return {
    T2: Object.fromEntries(
      T2_BLOCKS.flatMap((b) => b.rows.map((r) => [r.key, Object.fromEntries(b.columns.map((c) => [c.key, null]))])),
    ),
    T3: blankGrid(
      T3_ROWS.map((r) => r.key),
      T3_COLUMNS.map((c) => c.key),
    ),
    T4: blankGrid(
      T4_GROUPS.map((g) => g.key),
      T4_OUTCOMES.map((o) => o.key),
    ),
  };
}

/** A report with every cell blank and every text empty. */
export function emptyReport(
  init: { organName?: string; organKind?: OrganKind; year?: number | null; region?: string } = {},
): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    organ: {
      name: init.organName ?? '',
      kind: init.organKind ?? '政府部门',
      region: init.region ?? '',
      rulesPower: false,
    },
    year: init.year ?? null,
    title: '',
    intro: '',
    prose: Object.fromEntries(
      PROSE_SECTIONS.map((s) => [s.key, Object.fromEntries([['lead', ''], ...s.parts.map((p) => [p.key, ''])])]),
    ) as Report['prose'],
    fee: Object.fromEntries(FEE_FIELDS.map((f) => [f.key, null])) as Report['fee'],
    tables: emptyTables(),
    priorProblems: '',
    acknowledgements: [],
    closing: { signer: '', date: '' },
  };
}
