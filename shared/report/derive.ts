/**
 * Derived totals: T3 row totals (总计 column), T3 （七）总计 row, T4 总计 per group.
 * One function, used by the form (which shows them read-only) and by the sum rules (which compare
 * printed totals of imported reports against it).
 */
import {
  cellId,
  T3_COLUMNS,
  T3_RESULT_ROWS,
  T3_ROWS,
  T3_RESULT_TOTAL,
  T4_GROUPS,
  T4_OUTCOMES,
  type CellId,
} from '../format';
import { getCell, setCells } from './cells';
import { addDecimals, isCanonicalDecimal } from './decimal';
import type { Cell, Report } from './schema';

export interface Derivation {
  cell: CellId;
  /** the cells whose sum it is */
  parts: CellId[];
}

const T3_APPLICANT_COLUMNS = T3_COLUMNS.filter((c) => !c.isTotal);
const T3_TOTAL_COLUMN = T3_COLUMNS.find((c) => c.isTotal)!;
const T4_PARTS = T4_OUTCOMES.filter((o) => !o.isTotal);
const T4_TOTAL = T4_OUTCOMES.find((o) => o.isTotal)!;

/** T3-RESULT-SUM: （七）总计 of each applicant column = sum of the 21 result rows. */
export const T3_RESULT_SUMS: readonly Derivation[] = T3_APPLICANT_COLUMNS.map((c) => ({
  cell: cellId('T3', T3_RESULT_TOTAL.key, c.key),
  parts: T3_RESULT_ROWS.map((r) => cellId('T3', r.key, c.key)),
}));

/** T3-ROW-SUM: 总计 of each row = the six applicant columns. */
export const T3_ROW_SUMS: readonly Derivation[] = T3_ROWS.map((r) => ({
  cell: cellId('T3', r.key, T3_TOTAL_COLUMN.key),
  parts: T3_APPLICANT_COLUMNS.map((c) => cellId('T3', r.key, c.key)),
}));

/** T4-SUM: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group. */
export const T4_SUMS: readonly Derivation[] = T4_GROUPS.map((g) => ({
  cell: cellId('T4', g.key, T4_TOTAL.key),
  parts: T4_PARTS.map((o) => cellId('T4', g.key, o.key)),
}));

/**
 * The order matters: row sums of T3 read the （七）总计 row after it has been derived, so the corner
 * cell （七）总计×总计 is the sum of both ways.
 */
export const DERIVATIONS: readonly Derivation[] = [...T3_RESULT_SUMS, ...T3_ROW_SUMS, ...T4_SUMS];

const COUNT = /^(0|[1-9]\d*)$/;

/**
 * The sum of the parts: null when every part is blank. Parts that are not valid for their kind count as
 * blank (CELL-DOMAIN names them), so 2.5 typed into a count never makes a total of 9.5.
 */
export function sumOf(values: readonly Cell[], kind: 'count' | 'decimal' = 'count'): Cell {
  const valid = kind === 'count' ? (v: string) => COUNT.test(v) : isCanonicalDecimal;
  const present = values.filter((v): v is string => v !== null && valid(v));
  if (present.length === 0) return null;
  return addDecimals(present);
}

/** Values of every derived cell computed from the entered cells. */
export function deriveTotals(report: Report): Map<CellId, Cell> {
  const computed = new Map<CellId, Cell>();
  const read = (id: CellId): Cell => (computed.has(id) ? computed.get(id)! : getCell(report, id));
  for (const d of DERIVATIONS) computed.set(d.cell, sumOf(d.parts.map(read)));
  return computed;
}

/** The report with every derived cell replaced by its computed value (what the form keeps). */
export function withDerivedTotals(report: Report): Report {
  return setCells(report, deriveTotals(report));
}
