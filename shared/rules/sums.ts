/**
 * The sum rules T3-RESULT-SUM, T3-ROW-SUM, T4-SUM and the balance T3-BALANCE.
 *
 * They judge the *stored* totals (an imported report keeps what was printed) against the sums defined
 * once in shared/report (DERIVATIONS, sumOf). Blank handling, decided once for all four:
 * - a blank cell counts as absent (CELL-REQUIRED reports it in a final check); a rule that involves a
 *   malformed cell ("12a", "1.5" in a count) stays quiet, CELL-DOMAIN names that cell instead;
 * - a sum rule fires only when the stored total is present and at least one part is present, and the
 *   total differs from the sum of the present parts; a completely blank part of the table is quiet;
 * - T3-BALANCE has no total to trust: it fires only when all four cells of the column (一, 二, （七）总计,
 *   四) are present. A clerk who has typed 一 but no results yet is not shouted at, and a missing printed
 *   row is not mistaken for a zero (the import reports the missing row, CELL-REQUIRED the blank cells).
 */
import {
  T3_CARRIED_OVER,
  T3_CARRY_FORWARD,
  T3_COLUMNS,
  T3_NEW_RECEIVED,
  T3_RESULT_ROWS,
  T3_RESULT_TOTAL,
  T4_OUTCOMES,
  t3GroupOf,
  tableCell,
  cellId,
  parseCellId,
} from '../format';
import {
  addDecimals,
  subtractDecimals,
  compareDecimals,
  isCanonicalDecimal,
  sumOf,
  T3_RESULT_SUMS,
  T3_ROW_SUMS,
  T4_SUMS,
  type Derivation,
} from '../report';
import { finding } from './finding';
import { isMalformed, validValue, type Cells } from './values';
import type { Finding } from './types';

const present = validValue;
/** A cell holding something that is not a valid number: CELL-DOMAIN speaks for it, the sums stay quiet. */
const malformed = isMalformed;

/** "1" when a = 5 and b = 4, also when a = 4 and b = 5: the amount by which two figures are off. */
export function difference(a: string, b: string): string {
  return compareDecimals(a, b) >= 0 ? subtractDecimals(a, b) : subtractDecimals(b, a);
}

const APPLICANT_COLUMNS = T3_COLUMNS.filter((c) => !c.isTotal);
const APPLICANT_LIST = APPLICANT_COLUMNS.map((c) => c.label).join('、');
const T4_PART_LIST = T4_OUTCOMES.filter((o) => !o.isTotal)
  .map((o) => o.label)
  .join('、');
const FIRST_RESULT = T3_RESULT_ROWS[0]!;
const LAST_RESULT = T3_RESULT_ROWS[T3_RESULT_ROWS.length - 1]!;
const RESULT_RANGE = `“${FIRST_RESULT.label}”至“${t3GroupOf(LAST_RESULT.key)?.label ?? ''}${LAST_RESULT.label}”`;

/** Compares a stored total with the sum of its present parts; null when quiet. */
function checkDerivation(cells: Cells, d: Derivation): { total: string; sum: string } | null {
  const total = present(cells, d.cell);
  if (total === null || malformed(cells, d.cell) || d.parts.some((p) => malformed(cells, p))) return null;
  const sum = sumOf(d.parts.map((p) => present(cells, p)));
  if (sum === null || compareDecimals(total, sum) === 0) return null;
  return { total, sum };
}

function t3ResultSums(cells: Cells, out: Finding[]): void {
  for (const d of T3_RESULT_SUMS) {
    const r = checkDerivation(cells, d);
    if (!r) continue;
    const column = tableCell(d.cell)!.columnTitle;
    out.push(
      finding('T3-RESULT-SUM', {
        cells: [d.cell, ...d.parts],
        section: 'requests',
        expected: r.sum,
        actual: r.total,
        subject: d.cell,
        message: `“${column}”列：“${T3_RESULT_TOTAL.label}”为${r.total}，${RESULT_RANGE}各项办理结果之和为${r.sum}，相差${difference(r.total, r.sum)}`,
      }),
    );
  }
}

function t3RowSums(cells: Cells, out: Finding[]): void {
  for (const d of T3_ROW_SUMS) {
    const r = checkDerivation(cells, d);
    if (!r) continue;
    const row = tableCell(d.cell)!.rowTitle;
    out.push(
      finding('T3-ROW-SUM', {
        cells: [d.cell, ...d.parts],
        section: 'requests',
        expected: r.sum,
        actual: r.total,
        subject: d.cell,
        message: `“${row}”行：“${tableCell(d.cell)!.columnTitle}”为${r.total}，${APPLICANT_LIST}各列之和为${r.sum}，相差${difference(r.total, r.sum)}`,
      }),
    );
  }
}

function t4Sums(cells: Cells, out: Finding[]): void {
  for (const d of T4_SUMS) {
    const r = checkDerivation(cells, d);
    if (!r) continue;
    const def = tableCell(d.cell)!;
    out.push(
      finding('T4-SUM', {
        cells: [d.cell, ...d.parts],
        section: 'review',
        expected: r.sum,
        actual: r.total,
        subject: d.cell,
        message: `“${def.rowTitle}”：“${def.columnTitle}”为${r.total}，${T4_PART_LIST}之和为${r.sum}，相差${difference(r.total, r.sum)}`,
      }),
    );
  }
}

const BALANCE_COLUMNS = T3_COLUMNS.map((c) => ({
  label: c.label,
  left: [cellId('T3', T3_NEW_RECEIVED.key, c.key), cellId('T3', T3_CARRIED_OVER.key, c.key)],
  right: [cellId('T3', T3_RESULT_TOTAL.key, c.key), cellId('T3', T3_CARRY_FORWARD.key, c.key)],
}));

function t3Balance(cells: Cells, out: Finding[]): void {
  for (const col of BALANCE_COLUMNS) {
    if ([...col.left, ...col.right].some((id) => malformed(cells, id))) continue;
    const [a, b, c, d] = [...col.left, ...col.right].map((id) => present(cells, id));
    if (a == null || b == null || c == null || d == null) continue;
    const left = addDecimals([a, b]);
    const right = addDecimals([c, d]);
    if (compareDecimals(left, right) === 0) continue;
    out.push(
      finding('T3-BALANCE', {
        cells: [...col.left, ...col.right],
        section: 'requests',
        expected: right,
        actual: left,
        message: `“${col.label}”列：第一项加第二项之和为${left}，第三项加第四项之和为${right}，相差${difference(left, right)}`,
      }),
    );
  }
}

/**
 * T3's corner rule column by column, from the findings: the T3 column key → the amount 一＋二 and
 * （七）总计＋四 are off ('' when a figure is not a plain number). A column absent from the map balances.
 * The form's 勾稽关系核对 row shows it; the finding's message says it with the same difference().
 */
export function balanceDifferences(findings: readonly Finding[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of findings) {
    if (f.id !== 'T3-BALANCE') continue;
    const column = f.cells.map((c) => parseCellId(c)?.column).find(Boolean) ?? '';
    const computable = f.expected && f.actual && isCanonicalDecimal(f.expected) && isCanonicalDecimal(f.actual);
    out.set(column, computable ? difference(f.expected!, f.actual!) : '');
  }
  return out;
}

export function sumRules(cells: Cells, out: Finding[]): void {
  t3Balance(cells, out);
  t3ResultSums(cells, out);
  t3RowSums(cells, out);
  t4Sums(cells, out);
}
