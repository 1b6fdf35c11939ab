import { CURRENT_EDITION, FEE_FIELDS, PROSE_SECTIONS, type FormatEdition, type OrganKind } from '../format';
import { REPORT_SCHEMA_VERSION, type Report, type Tables } from './schema';

function blankGrid(rows: readonly string[], columns: readonly string[]) {
  return Object.fromEntries(rows.map((r) => [r, Object.fromEntries(columns.map((c) => [c, null]))]));
}

/** Every cell of an edition's tables, blank. */
export function emptyTables(edition: FormatEdition = CURRENT_EDITION): Tables {
  return {
    T2: Object.fromEntries(
      edition.t2Blocks.flatMap((b) =>
        b.rows.map((r) => [r.key, Object.fromEntries(b.columns.map((c) => [c.key, null]))]),
      ),
    ),
    T3: blankGrid(
      edition.t3Rows.map((r) => r.key),
      edition.t3Columns.map((c) => c.key),
    ),
    T4: blankGrid(
      edition.t4Groups.map((g) => g.key),
      edition.t4Outcomes.map((o) => o.key),
    ),
  };
}

/** A report of the current edition with every cell blank and every text empty. */
export function emptyReport(
  init: { organName?: string; organKind?: OrganKind; year?: number | null; region?: string } = {},
): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    format: CURRENT_EDITION.id,
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
    tables: emptyTables(CURRENT_EDITION),
    priorProblems: '',
    acknowledgements: [],
    closing: { signer: '', date: '' },
  };
}
