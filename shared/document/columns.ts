/**
 * Column widths of the three tables, in twips of a portrait A4 text block (156 mm = 8845 twips, GB/T
 * 9704-2012 §5.2.2). The .docx uses them as they are; the HTML turns them into percentages.
 *
 * Chosen for 五号 (10.5 pt = 210 twips a character) with 1 mm cell margins left and right (2 × 57 twips):
 * a T3 data column of 648 twips holds 2 characters of header text (社会/公益/组织) and 5 digits; T4's
 * 15 columns of 589 twips hold 2 characters (结果/维持) and 4 digits, so both fit portrait without a
 * landscape section.
 */
import type { TableId } from '../format';

export const TEXT_BLOCK_WIDTH_TWIPS = 8845;

const T3_RESULTS_GROUP_COLUMN = 600; // 三、本年度办理结果, two characters a line
const T3_SUBGROUP_COLUMN = 1000; // （三）不予公开, four characters a line
const T3_DATA_COLUMN = 648;
const T3_ITEM_COLUMN = TEXT_BLOCK_WIDTH_TWIPS - T3_RESULTS_GROUP_COLUMN - T3_SUBGROUP_COLUMN - 7 * T3_DATA_COLUMN;

const T4_COLUMN = Math.floor(TEXT_BLOCK_WIDTH_TWIPS / 15);

const T2_VALUE_COLUMN = 2000;

export const TABLE_COLUMN_TWIPS: Readonly<Record<TableId, readonly number[]>> = {
  T2: [TEXT_BLOCK_WIDTH_TWIPS - 3 * T2_VALUE_COLUMN, T2_VALUE_COLUMN, T2_VALUE_COLUMN, T2_VALUE_COLUMN],
  T3: [T3_RESULTS_GROUP_COLUMN, T3_SUBGROUP_COLUMN, T3_ITEM_COLUMN, ...Array<number>(7).fill(T3_DATA_COLUMN)],
  T4: [...Array<number>(14).fill(T4_COLUMN), TEXT_BLOCK_WIDTH_TWIPS - 14 * T4_COLUMN],
};
