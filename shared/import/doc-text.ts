/**
 * The text of a Word 97–2003 (.doc) file, as word-extractor reads it, → the report-text shape. Word ends
 * every table cell with a mark that the reader turns into a tab, and every row with one more; it puts a line
 * break after a row only where it recognises the row's end (it misses many in wide tables, such as 表三).
 * So a table arrives as tab-separated lines of one or more rows, and rows are cut again where a new row
 * must start: at a row label (a label cell) after the figures of the row before, or after two or more empty
 * cells (a row end plus merged cells left of the label, or a row without figures).
 */
import type { ImportIssue } from '../api';
import { collapseSpaces, dropOpenErrorsList, formatTextLines, joinSplitTitle, type TextBlock } from './markup-blocks';
import { isLabelCell } from './text-labels';

const FIGURE = /^[\d.,，%-]+$/;
/** the "blank" a .doc reader leaves for a merged cell's continuation, a row end, or an empty cell */
const isEmpty = (cell: string) => cell.trim() === '';

/** One tab-separated line holding one or more table rows → one line per row. */
export function splitDocTableLine(line: string): string[] {
  const cells = line.replace(/\t$/, '').split('\t');
  const rows: string[][] = [[]];
  let emptiesBefore = 0;
  let lastFilled: string | null = null;
  for (const cell of cells) {
    const startsRow =
      isLabelCell(cell) && lastFilled !== null && (FIGURE.test(lastFilled.trim()) || emptiesBefore >= 2);
    if (startsRow && rows[rows.length - 1]!.length > 0) rows.push([]);
    rows[rows.length - 1]!.push(cell);
    if (isEmpty(cell)) emptiesBefore++;
    else {
      emptiesBefore = 0;
      lastFilled = cell;
    }
  }
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
