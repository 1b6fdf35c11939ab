/**
 * The text of a Word 97–2003 (.doc) file, as word-extractor reads it, → the report-text shape. Word ends
 * every table cell with a mark that the reader turns into a tab, and every row with one more; it puts a line
 * break after a row only where it recognises the row's end (it misses many in wide tables, such as 表三).
 * So a table arrives as tab-separated lines of one or more rows, and a row's end is a tab like an empty
 * cell's. Rows are cut again by counting: every row of a table has the same number of value cells after
 * its label, and that number is known from the rows whose last value is filled in.
 */
import type { ImportIssue } from './outcome';
import { collapseSpaces, dropOpenErrorsList, formatTextLines, joinSplitTitle, type TextBlock } from './markup-blocks';
import { isLabelCell } from './text-labels';

const isBlank = (cell: string) => cell.trim() === '';

/**
 * How many value cells follow a row label on this line: the farthest a filled value lies after a label with
 * no other label between. Values further right would be blank in every row, so a row cut after this many
 * loses nothing.
 */
function valueCount(cells: readonly string[]): number {
  let count = 0;
  let label = -1;
  cells.forEach((cell, i) => {
    if (isLabelCell(cell)) label = i;
    else if (label >= 0 && !isBlank(cell)) count = Math.max(count, i - label);
  });
  return count;
}

/** Is the cell at `at` a row's own label: followed by value cells only (no other label among them)? */
function ownsValues(cells: readonly string[], at: number, count: number): boolean {
  if (count === 0 || !isLabelCell(cells[at]!)) return false;
  const values = cells.slice(at + 1, at + 1 + count);
  return values.length === count && !values.some(isLabelCell);
}

/**
 * A row with fewer values than the line's widest rows (表二 puts blocks of three values and of one in one
 * table): a label directly followed by a figure owns the cells up to its last figure before the next label.
 * Blanks after that figure are trailing blank values or row marks; either way they are left to the parser's
 * padding. 0 when the cell is no such label.
 */
function shorterRow(cells: readonly string[], at: number): number {
  const next = cells[at + 1];
  if (!isLabelCell(cells[at]!) || next === undefined || isBlank(next) || isLabelCell(next)) return 0;
  let last = at + 1;
  for (let i = at + 1; i < cells.length && !isLabelCell(cells[i]!); i++) if (!isBlank(cells[i]!)) last = i;
  return last - at;
}

/**
 * Where the last run of blanks starts, when something is written before it; else -1. A row mark is a blank,
 * so cells before it (header labels without values) are a row of their own; a row's own merged cells and
 * group labels come after the mark.
 */
function lastBlankRun(cells: readonly string[]): number {
  let end = cells.length;
  while (end > 0 && !isBlank(cells[end - 1]!)) end--;
  let start = end;
  while (start > 0 && isBlank(cells[start - 1]!)) start--;
  const written = cells.slice(0, start).some((c) => !isBlank(c));
  return end > start && written ? start : -1;
}

/** Cells without values (header rows, block headings such as 第二十条第（五）项): a row ends at each row mark. */
function headerRows(cells: readonly string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  cells.forEach((cell, i) => {
    row.push(cell);
    const markFollows = isBlank(cells[i + 1] ?? '') && !isBlank(cell);
    if (markFollows || i === cells.length - 1) {
      if (row.some((c) => !isBlank(c))) rows.push(row);
      row = [];
    }
  });
  return rows;
}

/** One tab-separated line holding one or more table rows → one line per row. */
export function splitDocTableLine(line: string): string[] {
  const cells = line.replace(/\t$/, '').split('\t');
  const count = valueCount(cells);
  const rows: string[][] = [];
  let current: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const own = ownsValues(cells, i, count) ? count : shorterRow(cells, i);
    if (own === 0) {
      current.push(cells[i]!);
      continue;
    }
    // header cells before this row (labels without values) end at a row mark
    const headerEnd = lastBlankRun(current);
    if (headerEnd > 0) {
      rows.push(...headerRows(current.slice(0, headerEnd)));
      current = current.slice(headerEnd);
    }
    // the label and exactly its values; the row mark and the next row's merged cells start the next row
    current.push(cells[i]!, ...cells.slice(i + 1, i + 1 + own));
    rows.push(current);
    current = [];
    i += own;
  }
  rows.push(...headerRows(current));
  return rows.map((r) => r.join('\t'));
}

/**
 * The whole body: paragraphs as lines, tables as rows, the title put back on one line and a draft's
 * open-errors page left out, as for a .docx.
 */
export function convertDocTextToReportText(body: string): { text: string; issues: ImportIssue[] } {
  const blocks: TextBlock[] = [];
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.includes('\t')) {
      const rows = splitDocTableLine(raw).map((r) => r.split('\t'));
      const last = blocks[blocks.length - 1];
      if (last?.type === 'table') last.rows.push(...rows);
      else blocks.push({ type: 'table', rows });
      continue;
    }
    const text = collapseSpaces(raw);
    if (text !== '') blocks.push({ type: 'line', text });
  }
  const dropped = dropOpenErrorsList(joinSplitTitle(blocks, { documentStartsWithTitle: true }));
  return { text: formatTextLines(dropped.blocks), issues: dropped.issues };
}
