/**
 * The sum rules T3-RESULT-SUM, T3-ROW-SUM, T4-SUM and the balance T3-BALANCE.
 *
 * They judge the *stored* totals (an imported report keeps what was printed) against the sums defined
 * once per edition in shared/report (derivationsOf, sumOf). Blank handling, decided once for all four:
 * - a blank cell counts as absent (CELL-REQUIRED reports it in a final check); a rule that involves a
 *   malformed cell ("12a", "1.5" in a count) stays quiet, CELL-DOMAIN names that cell instead;
 * - a sum rule fires only when the stored total is present and at least one part is present, and the
 *   total differs from the sum of the present parts; a completely blank part of the table is quiet;
 * - T3-BALANCE has no total to trust: it fires only when all four cells of the column (一, 二, （七）总计,
 *   四) are present. A clerk who has typed 一 but no results yet is not shouted at, and a missing printed
 *   row is not mistaken for a zero (the import reports the missing row, CELL-REQUIRED the blank cells).
 */
import { editionCell, cellId, parseCellId, type CellId, type FormatEdition, type T3Row } from '../format';
import {
  addDecimals,
  subtractDecimals,
  compareDecimals,
  derivationsOf,
  isCanonicalDecimal,
  sumOf,
  type Derivation,
  type EditionDerivations,
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

/** What the sum rules of one edition check and how their messages name it, worked out once per edition. */
interface SumTerms {
  edition: FormatEdition;
  derivations: EditionDerivations;
  applicantList: string;
  t4PartList: string;
  resultTotal: T3Row;
  resultRange: string;
  balanceColumns: Array<{ label: string; left: [CellId, CellId]; right: [CellId, CellId] }>;
}

function buildTerms(edition: FormatEdition): SumTerms {
  const row = (role: T3Row['role']) => edition.t3Rows.find((r) => r.role === role)!;
  const results = edition.t3Rows.filter((r) => r.role === 'result');
  const first = results[0]!;
  const last = results[results.length - 1]!;
  // the group label (（六）其他处理) names the last row where it sits in a group
  const lastGroup = edition.t3ResultEntries.find((e) => 'group' in e && e.group.rows.includes(last));
  const lastLabel = lastGroup && 'group' in lastGroup ? `${lastGroup.group.label}${last.label}` : last.label;
  const [newReceived, carriedOver, resultTotal, carryForward] = [
    row('newReceived'),
    row('carriedOver'),
    row('resultTotal'),
    row('carryForward'),
  ];
  return {
    edition,
    derivations: derivationsOf(edition),
    applicantList: edition.t3Columns
      .filter((c) => !c.isTotal)
      .map((c) => c.label)
      .join('、'),
    t4PartList: edition.t4Outcomes
      .filter((o) => !o.isTotal)
      .map((o) => o.label)
      .join('、'),
    resultTotal,
    resultRange: `“${first.label}”至“${lastLabel}”`,
    balanceColumns: edition.t3Columns.map((c) => ({
      label: c.label,
      left: [cellId('T3', newReceived.key, c.key), cellId('T3', carriedOver.key, c.key)],
      right: [cellId('T3', resultTotal.key, c.key), cellId('T3', carryForward.key, c.key)],
    })),
  };
}

const TERMS = new Map<FormatEdition, SumTerms>();
function termsOf(edition: FormatEdition): SumTerms {
  let terms = TERMS.get(edition);
  if (!terms) {
    terms = buildTerms(edition);
    TERMS.set(edition, terms);
  }
  return terms;
}

/** Compares a stored total with the sum of its present parts; null when quiet. */
function checkDerivation(cells: Cells, d: Derivation): { total: string; sum: string } | null {
  const total = present(cells, d.cell);
  if (total === null || malformed(cells, d.cell) || d.parts.some((p) => malformed(cells, p))) return null;
  const sum = sumOf(d.parts.map((p) => present(cells, p)));
  if (sum === null || compareDecimals(total, sum) === 0) return null;
  return { total, sum };
}

function t3ResultSums(terms: SumTerms, cells: Cells, out: Finding[]): void {
  for (const d of terms.derivations.t3ResultSums) {
    const r = checkDerivation(cells, d);
    if (!r) continue;
    const column = editionCell(terms.edition, d.cell)!.columnTitle;
    out.push(
      finding('T3-RESULT-SUM', {
        cells: [d.cell, ...d.parts],
        section: 'requests',
        expected: r.sum,
        actual: r.total,
        subject: d.cell,
        message: `“${column}”列：“${terms.resultTotal.label}”为${r.total}，${terms.resultRange}各项办理结果之和为${r.sum}，相差${difference(r.total, r.sum)}`,
      }),
    );
  }
}

function t3RowSums(terms: SumTerms, cells: Cells, out: Finding[]): void {
  for (const d of terms.derivations.t3RowSums) {
    const r = checkDerivation(cells, d);
    if (!r) continue;
    const def = editionCell(terms.edition, d.cell)!;
    const row = def.rowTitle;
    out.push(
      finding('T3-ROW-SUM', {
        cells: [d.cell, ...d.parts],
        section: 'requests',
        expected: r.sum,
        actual: r.total,
        subject: d.cell,
        message: `“${row}”行：“${def.columnTitle}”为${r.total}，${terms.applicantList}各列之和为${r.sum}，相差${difference(r.total, r.sum)}`,
      }),
    );
  }
}

function t4Sums(terms: SumTerms, cells: Cells, out: Finding[]): void {
  for (const d of terms.derivations.t4Sums) {
    const r = checkDerivation(cells, d);
    if (!r) continue;
    const def = editionCell(terms.edition, d.cell)!;
    out.push(
      finding('T4-SUM', {
        cells: [d.cell, ...d.parts],
        section: 'review',
        expected: r.sum,
        actual: r.total,
        subject: d.cell,
        message: `“${def.rowTitle}”：“${def.columnTitle}”为${r.total}，${terms.t4PartList}之和为${r.sum}，相差${difference(r.total, r.sum)}`,
      }),
    );
  }
}

function t3Balance(terms: SumTerms, cells: Cells, out: Finding[]): void {
  for (const col of terms.balanceColumns) {
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

/** The four sum rules over the tables of the report's edition. */
export function sumRules(edition: FormatEdition, cells: Cells, out: Finding[]): void {
  const terms = termsOf(edition);
  t3Balance(terms, cells, out);
  t3ResultSums(terms, cells, out);
  t3RowSums(terms, cells, out);
  t4Sums(terms, cells, out);
}
