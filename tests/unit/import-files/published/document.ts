/**
 * A published report as printed, before it becomes text, HTML or .docx: blocks of lines and tables,
 * tables as rectangles on a grid (the official merged cells). render.ts turns it into each format;
 * frame.ts decides the title, headings and page furniture, tables.ts the tables.
 */

/** One printed cell: its lines (a label broken inside the cell has several) and where it sits. */
export interface PrintedRect {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  lines: string[];
}

export interface PrintedTable {
  columnCount: number;
  rowCount: number;
  rects: PrintedRect[];
}

export type PrintedBlock =
  /** the report title; several lines when the organ and the year are set apart */
  | { type: 'title'; lines: string[] }
  /** a section heading (一、总体情况) */
  | { type: 'heading'; text: string }
  /** a sub-heading inside a prose section (（一）主动公开) */
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string }
  /** site furniture around the report (breadcrumb, 发布时间, footer): never report text */
  | { type: 'furniture'; text: string }
  | { type: 'table'; table: PrintedTable };

export interface PrintedDocument {
  /** the HTML page's <title>, when the frame gives it one */
  pageTitle?: string;
  blocks: PrintedBlock[];
}

/** The rect covering each slot of a row (undefined past a ragged row's end). */
export function slotsOf(table: PrintedTable): Array<Array<PrintedRect | undefined>> {
  const grid: Array<Array<PrintedRect | undefined>> = Array.from({ length: table.rowCount }, () => []);
  for (const rect of table.rects) {
    for (let r = rect.row; r < rect.row + rect.rowSpan; r++) {
      for (let c = rect.col; c < rect.col + rect.colSpan; c++) {
        if (grid[r]![c]) throw new Error(`printed table overlaps at row ${r}, column ${c}`);
        grid[r]![c] = rect;
      }
    }
  }
  return grid;
}
