/**
 * Values the format implies from last year's report, offered at the cell for the clerk to accept
 * (never filled in silently):
 *  - 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数 (规章, 行政规范性文件);
 *  - 上年结转 = last year's 结转下年度继续办理, column by column.
 * A suggestion is offered while the cell is blank or differs from it; documents can also lapse and an
 * application can be withdrawn, so a different figure stays the clerk's to keep (X-IN-FORCE, X-CARRY warn).
 */
import { cellId, editionOf, T2_BLOCKS, T3_CARRIED_OVER, T3_CARRY_FORWARD, T3_COLUMNS, type CellId } from '../format';
import { addDecimals, compareDecimals, subtractDecimals, type Report } from '../report';
import { readCells, readPriorCells, validValue, type Cells } from './values';

export interface Suggestion {
  cell: CellId;
  value: string;
  /** Chinese: where the value comes from, with the figures */
  reason: string;
}

const IN_FORCE_BLOCK = T2_BLOCKS.find((b) => b.columns.some((c) => c.key === 'inForce'))!;
const column = (key: string) => IN_FORCE_BLOCK.columns.find((c) => c.key === key)!;
const [ISSUED, REPEALED, IN_FORCE] = [column('issued'), column('repealed'), column('inForce')];

function offer(cells: Cells, suggestion: Suggestion, out: Suggestion[]): void {
  const now = cells(suggestion.cell);
  // a value that is not a number yet is the clerk's typing: a suggestion would only get in the way
  if (now !== null && validValue(cells, suggestion.cell) === null) return;
  if (now !== null && compareDecimals(now, suggestion.value) === 0) return;
  out.push(suggestion);
}

export function suggestValues(report: Report, prior: Report | null): Suggestion[] {
  if (!prior) return [];
  const cells = readCells(report);
  // only what means exactly the same in this year's edition (a 2019 试行 prior offers no 现行有效件数)
  const before = readPriorCells(prior, editionOf(report));
  const out: Suggestion[] = [];
  for (const row of IN_FORCE_BLOCK.rows) {
    const [issued, repealed, inForce] = [ISSUED, REPEALED, IN_FORCE].map((c) => cellId('T2', row.key, c.key));
    const last = validValue(before, inForce!);
    const plus = validValue(cells, issued!);
    const minus = validValue(cells, repealed!);
    if (last === null || plus === null || minus === null) continue;
    const sum = addDecimals([last, plus]);
    if (compareDecimals(sum, minus) < 0) continue; // more repealed than there were: no sensible figure
    const value = subtractDecimals(sum, minus);
    offer(
      cells,
      {
        cell: inForce!,
        value,
        reason: `上年度${IN_FORCE.label}${last}＋${ISSUED.label}${plus}－${REPEALED.label}${minus}＝${value}`,
      },
      out,
    );
  }
  for (const c of T3_COLUMNS) {
    if (c.isTotal) continue; // the total is computed
    const here = cellId('T3', T3_CARRIED_OVER.key, c.key);
    const last = validValue(before, cellId('T3', T3_CARRY_FORWARD.key, c.key));
    if (last === null) continue;
    offer(
      cells,
      { cell: here, value: last, reason: `上年度报告“${T3_CARRY_FORWARD.label}”“${c.label}”为${last}` },
      out,
    );
  }
  return out;
}
