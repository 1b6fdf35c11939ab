/**
 * Column widths of the three tables, in twips of a portrait A4 text block (156 mm = 8845 twips, GB/T
 * 9704-2012 §5.2.2), and the font size a number needs to stay on one line in its column. The .docx uses the
 * widths as they are; the HTML turns them into percentages.
 *
 * Chosen for 五号 (10.5 pt = 210 twips a character) with 1 mm cell margins left and right (2 × 57 twips):
 * a T3 data column of 648 twips holds 2 characters of header text (社会/公益/组织) and 4 digits, 自然人's column
 * (800) its 3 characters, so the header never wraps 自然/人; T4's 15 columns of 589 twips hold 2 characters
 * (结果/维持) and 3 digits, so both fit portrait without a landscape section. Longer numbers are set smaller
 * (valueFontPt) rather than broken inside.
 */
import type { TableId } from '../format';
import { TABLE_CELL_PADDING_MM, TABLE_PT, TEXT_BLOCK_WIDTH_TWIPS, mmToTwips, ptToTwips } from './layout';

const T3_RESULTS_GROUP_COLUMN = 600; // 三、本年度办理结果, two characters a line
const T3_SUBGROUP_COLUMN = 1000; // （三）不予公开, four characters a line
const T3_NATURAL_COLUMN = 800; // 自然人 on one line: 3 × 210 + 2 × 57 = 744, and room for the rules
const T3_DATA_COLUMN = 648;
const T3_ITEM_COLUMN =
  TEXT_BLOCK_WIDTH_TWIPS - T3_RESULTS_GROUP_COLUMN - T3_SUBGROUP_COLUMN - T3_NATURAL_COLUMN - 6 * T3_DATA_COLUMN;

const T4_COLUMN = Math.floor(TEXT_BLOCK_WIDTH_TWIPS / 15);

const T2_VALUE_COLUMN = 2000;

export const TABLE_COLUMN_TWIPS: Readonly<Record<TableId, readonly number[]>> = {
  T2: [TEXT_BLOCK_WIDTH_TWIPS - 3 * T2_VALUE_COLUMN, T2_VALUE_COLUMN, T2_VALUE_COLUMN, T2_VALUE_COLUMN],
  T3: [
    T3_RESULTS_GROUP_COLUMN,
    T3_SUBGROUP_COLUMN,
    T3_ITEM_COLUMN,
    T3_NATURAL_COLUMN,
    ...Array<number>(6).fill(T3_DATA_COLUMN),
  ],
  T4: [...Array<number>(14).fill(T4_COLUMN), TEXT_BLOCK_WIDTH_TWIPS - 14 * T4_COLUMN],
};

/**
 * The width of an Arabic digit or full stop, in em, as the widest of the fonts a table may be set in: 仿宋_GB2312
 * has half-width digits (0.5 em), the Noto/Source Han stand-ins proportional ones up to 0.57 em.
 */
const DIGIT_EM = 0.6;
/** Smaller than this a printed number is hard to read; a number that still does not fit wraps. */
export const MIN_VALUE_PT = 5.5;

/**
 * The font size for a number in a table cell that starts at `column` and spans `colSpan` columns: 五号 when it
 * fits on one line, else the largest half-point size that does (a 6-digit count in T3, 4 digits in T4), so a
 * number is never broken inside ("1234/56").
 */
export function valueFontPt(table: TableId, column: number, colSpan: number, text: string): number {
  const widths = TABLE_COLUMN_TWIPS[table].slice(column, column + colSpan);
  const room = widths.reduce((a, b) => a + b, 0) - 2 * mmToTwips(TABLE_CELL_PADDING_MM);
  const needed = [...text].length * DIGIT_EM * ptToTwips(TABLE_PT);
  if (needed <= room) return TABLE_PT;
  const fitted = Math.floor(((TABLE_PT * room) / needed) * 2) / 2;
  return Math.max(MIN_VALUE_PT, fitted);
}

interface Spanned {
  rowSpan: number;
  colSpan: number;
}

/** The grid column each cell starts in, with cells covered by an earlier rowSpan skipped as in HTML. */
export function startColumns(rows: readonly (readonly Spanned[])[]): number[][] {
  const taken: boolean[][] = [];
  return rows.map((row, r) => {
    let column = 0;
    return row.map((cell) => {
      while (taken[r]?.[column]) column++;
      const start = column;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) (taken[r + dr] ??= [])[start + dc] = true;
      column += cell.colSpan;
      return start;
    });
  });
}

/**
 * Which rows (header rows first, then body rows) must stay on the page of the row after them. A table without
 * header rows to repeat (T2) is kept whole, as is one with a single body row (T4): it is short, and a part on
 * the next page would have no header. A long table (T3) may break, but its header keeps with its first body
 * row and its last body row does not stand alone.
 */
export function rowsKeptWithNext(headerRows: number, bodyRows: number): boolean[] {
  const total = headerRows + bodyRows;
  if (headerRows === 0 || bodyRows <= 1) return Array.from({ length: total }, (_, i) => i < total - 1);
  return Array.from({ length: total }, (_, i) => i <= headerRows || i === total - 2);
}
