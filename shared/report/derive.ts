/**
 * Derived totals: T3 row totals (总计 column), T3 （七）总计 row, T4 总计 per group.
 * One function, used by the form (which shows them read-only) and by the sum rules (which compare
 * printed totals of imported reports against it).
 */
import { cellId, editionOf, parseCellId, type CellId, type FormatEdition, type TableId } from '../format';
import { setCells } from './cells';
import { addDecimals, isCanonicalDecimal } from './decimal';
import type { Cell, Report } from './schema';

export interface Derivation {
  cell: CellId;
  /** the cells whose sum it is */
  parts: CellId[];
}

/** The sums of one edition's tables, by the rule that checks them. */
export interface EditionDerivations {
  /** T3-RESULT-SUM: （七）总计 of each applicant column = sum of the result rows */
  t3ResultSums: readonly Derivation[];
  /** T3-ROW-SUM: 总计 of each row = the applicant columns */
  t3RowSums: readonly Derivation[];
  /** T4-SUM: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group */
  t4Sums: readonly Derivation[];
  /**
   * All of them in the order they are computed: row sums of T3 read the （七）总计 row after it has been
   * derived, so the corner cell （七）总计×总计 is the sum of both ways.
   */
  all: readonly Derivation[];
}

function buildDerivations(edition: FormatEdition): EditionDerivations {
  const applicant = edition.t3Columns.filter((c) => !c.isTotal);
  const t3Total = edition.t3Columns.find((c) => c.isTotal)!;
  const resultTotal = edition.t3Rows.find((r) => r.role === 'resultTotal')!;
  const results = edition.t3Rows.filter((r) => r.role === 'result');
  const t4Parts = edition.t4Outcomes.filter((o) => !o.isTotal);
  const t4Total = edition.t4Outcomes.find((o) => o.isTotal)!;
  const t3ResultSums = applicant.map((c) => ({
    cell: cellId('T3', resultTotal.key, c.key),
    parts: results.map((r) => cellId('T3', r.key, c.key)),
  }));
  const t3RowSums = edition.t3Rows.map((r) => ({
    cell: cellId('T3', r.key, t3Total.key),
    parts: applicant.map((c) => cellId('T3', r.key, c.key)),
  }));
  const t4Sums = edition.t4Groups.map((g) => ({
    cell: cellId('T4', g.key, t4Total.key),
    parts: t4Parts.map((o) => cellId('T4', g.key, o.key)),
  }));
  return { t3ResultSums, t3RowSums, t4Sums, all: [...t3ResultSums, ...t3RowSums, ...t4Sums] };
}

const BY_EDITION = new Map<FormatEdition, EditionDerivations>();

/** The derived totals of an edition (worked out once per edition). */
export function derivationsOf(edition: FormatEdition): EditionDerivations {
  let derivations = BY_EDITION.get(edition);
  if (!derivations) {
    derivations = buildDerivations(edition);
    BY_EDITION.set(edition, derivations);
  }
  return derivations;
}

const COUNT = /^(0|[1-9]\d*)$/;

/**
 * Counts of at most this many digits are summed as plain numbers: fewer than SAFE_TERMS of them stay
 * below 2^53 (9.007e15), where every integer is exact, so the sum is the same text the exact decimal
 * addition gives. Longer counts, more terms or decimals take the exact path.
 */
const SAFE_COUNT_DIGITS = 12;
const SAFE_TERMS = 9000;

/**
 * The sum of the parts: null when every part is blank. Parts that are not valid for their kind count as
 * blank (CELL-DOMAIN names them), so 2.5 typed into a count never makes a total of 9.5.
 */
export function sumOf(values: readonly Cell[], kind: 'count' | 'decimal' = 'count'): Cell {
  const valid = kind === 'count' ? (v: string) => COUNT.test(v) : isCanonicalDecimal;
  const present = values.filter((v): v is string => v !== null && valid(v));
  if (present.length === 0) return null;
  if (kind === 'count' && present.length < SAFE_TERMS) {
    // the table totals run on every keystroke: no BigInt for the usual small counts
    let sum = 0;
    for (const v of present) {
      if (v.length > SAFE_COUNT_DIGITS) return addDecimals(present);
      sum += Number(v);
    }
    return String(sum);
  }
  return addDecimals(present);
}

interface Place {
  table: TableId;
  row: string;
  column: string;
}

/** A derivation with its cells' places worked out (deriveTotals runs on every keystroke). */
interface PlacedDerivation {
  cell: CellId;
  parts: ReadonlyArray<{ id: CellId; at: Place }>;
}

const PLACED = new Map<FormatEdition, readonly PlacedDerivation[]>();

function placeOf(id: CellId): Place {
  const p = parseCellId(id);
  if (!p) throw new Error(`bad cell id ${id}`);
  return p;
}

function placedDerivations(edition: FormatEdition): readonly PlacedDerivation[] {
  let placed = PLACED.get(edition);
  if (!placed) {
    placed = derivationsOf(edition).all.map((d) => ({
      cell: d.cell,
      parts: d.parts.map((id) => ({ id, at: placeOf(id) })),
    }));
    PLACED.set(edition, placed);
  }
  return placed;
}

/** Values of every derived cell of the report's edition, computed from the entered cells. */
export function deriveTotals(report: Report): Map<CellId, Cell> {
  const computed = new Map<CellId, Cell>();
  const read = ({ id, at }: { id: CellId; at: Place }): Cell => {
    if (computed.has(id)) return computed.get(id)!;
    const v = report.tables[at.table][at.row]?.[at.column];
    if (v === undefined) throw new Error(`unknown cell ${id}`);
    return v;
  };
  for (const d of placedDerivations(editionOf(report))) computed.set(d.cell, sumOf(d.parts.map(read)));
  return computed;
}

/** The report with every derived cell replaced by its computed value (what the form keeps). */
export function withDerivedTotals(report: Report): Report {
  return setCells(report, deriveTotals(report));
}
