/**
 * The three tables as an organ prints them: the official merged cells (TABLE_LAYOUTS), the figures
 * written as people write them, and the layout accidents of REAL-WORLD.md, each behind a knob. With
 * the knobs comes what an import must give back (expectedCells): the figures exactly, except where
 * the printed table no longer says which cell a figure belongs to; there a cell may only be left blank.
 */
import fc from 'fast-check';
import {
  editionCell,
  expandRows,
  T3_COLUMNS,
  T3_RESULT_ENTRIES,
  type CellId,
  type LayoutCell,
  type T3Group,
  type TableId,
} from '../../../../shared/format';
import type { Cell } from '../../../../shared/report';
import type { PrintedRect, PrintedTable } from './document';
import { publishedEdition, type PublishedReport } from './report';

/** Zero as published (REAL-WORLD.md, 表格): written here from that list, not from the importer's. */
export const PRINTED_ZERO_MARKS = ['—', '-', '－', '–', '/', '无', '——'] as const;

/** A minus sign as printed before a negative 本年增/减 (2019 试行 layout): ASCII, the minus sign, full width. */
export const PRINTED_MINUS_SIGNS = ['-', '−', '－'] as const;

export interface TableKnobs {
  /** zeros printed with these marks in turn; empty: printed 0 */
  zeroMarks: string[];
  /** 3,985,758 and 96,171.6 */
  thousands: boolean;
  /** １２９ */
  fullWidth: boolean;
  /** spaces around figures, and inside short labels (自 然 人) */
  cellSpaces: boolean;
  /** long labels broken inside their cell (<br>, w:br) */
  labelBreaks: boolean;
  /** 表四's 15 figures over two rows, 5 + 10 (text taken from a PDF) */
  t4Split: boolean;
  /** the older single （六）其他处理 row instead of its three sub-rows */
  singleOtherRow: boolean;
  /** the last header row of 表三 and 表四 split over two rows */
  splitHeader: boolean;
  /** 表三 broken across a page: one row's figures split, the header repeated on the next page */
  t3PageBreak: { row: number; valuesBefore: number } | null;
  /** the sign printed before a negative number */
  minusSign: (typeof PRINTED_MINUS_SIGNS)[number];
}

export const NO_KNOBS: TableKnobs = {
  zeroMarks: [],
  thousands: false,
  fullWidth: false,
  cellSpaces: false,
  labelBreaks: false,
  t4Split: false,
  singleOtherRow: false,
  splitHeader: false,
  t3PageBreak: null,
  minusSign: '-',
};

export const tableKnobs: fc.Arbitrary<TableKnobs> = fc.record({
  zeroMarks: fc.oneof(fc.constant<string[]>([]), fc.subarray<string>([...PRINTED_ZERO_MARKS], { minLength: 1 })),
  thousands: fc.boolean(),
  fullWidth: fc.boolean(),
  cellSpaces: fc.boolean(),
  labelBreaks: fc.boolean(),
  t4Split: fc.boolean(),
  singleOtherRow: fc.boolean(),
  splitHeader: fc.boolean(),
  t3PageBreak: fc.option(fc.record({ row: fc.nat({ max: 30 }), valuesBefore: fc.integer({ min: 1, max: 6 }) }), {
    nil: null,
  }),
  minusSign: fc.constantFrom(...PRINTED_MINUS_SIGNS),
});

const SWITCHES = [
  'thousands',
  'fullWidth',
  'cellSpaces',
  'labelBreaks',
  't4Split',
  'singleOtherRow',
  'splitHeader',
] as const;

/**
 * Every combination of the knobs, each on or off (zero marks: all of them in turn; page break: at a
 * row and a split that vary with the combination): 2⁹ settings.
 */
export function allKnobCombinations(): TableKnobs[] {
  const out: TableKnobs[] = [];
  const count = 2 ** (SWITCHES.length + 2);
  for (let bits = 0; bits < count; bits++) {
    const knobs: TableKnobs = { ...NO_KNOBS };
    SWITCHES.forEach((name, i) => {
      knobs[name] = (bits & (1 << i)) !== 0;
    });
    if (bits & (1 << SWITCHES.length)) knobs.zeroMarks = [...PRINTED_ZERO_MARKS];
    if (bits & (1 << (SWITCHES.length + 1))) knobs.t3PageBreak = { row: bits % 25, valuesBefore: 1 + (bits % 6) };
    knobs.minusSign = PRINTED_MINUS_SIGNS[bits % PRINTED_MINUS_SIGNS.length]!;
    out.push(knobs);
  }
  return out;
}

const FULL_WIDTH_OFFSET = 0xfee0;
const SPACES = [' ', '\u3000', '\u00a0', '  '];
const OTHER_GROUP = T3_RESULT_ENTRIES.flatMap((e) => ('group' in e ? [e.group] : [])).at(-1) as T3Group;

class Printer {
  private zeros = 0;
  private spaces = 0;
  constructor(private readonly knobs: TableKnobs) {}

  value(cell: Cell): string {
    if (cell === null) return '';
    if (cell === '0' && this.knobs.zeroMarks.length > 0) {
      return this.pad(this.knobs.zeroMarks[this.zeros++ % this.knobs.zeroMarks.length]!);
    }
    const negative = cell.startsWith('-');
    const [int, frac] = (negative ? cell.slice(1) : cell).split('.') as [string, string?];
    let text = this.knobs.thousands ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
    if (frac !== undefined) text += `.${frac}`;
    if (this.knobs.fullWidth) {
      text = text
        .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET))
        .replace(/,/g, '，');
    }
    return this.pad(negative ? `${this.knobs.minusSign}${text}` : text);
  }

  private pad(text: string): string {
    if (!this.knobs.cellSpaces) return text;
    const s = SPACES[this.spaces++ % SPACES.length]!;
    return this.spaces % 2 === 0 ? `${s}${text}${s}` : `${s}${text}`;
  }

  /** A label's lines: short labels spaced out (自 然 人), long ones broken in the middle. */
  label(text: string): string[] {
    if (this.knobs.cellSpaces && text.length <= 4) return [[...text].join(' ')];
    if (this.knobs.labelBreaks && text.length >= 6) {
      const at = Math.floor(text.length / 2);
      return [text.slice(0, at), text.slice(at)];
    }
    return [text];
  }
}

function rectsOf(rows: readonly LayoutCell[][], columnCount: number, print: (cell: LayoutCell) => string[]) {
  const rects: PrintedRect[] = [];
  expandRows(rows, columnCount).forEach((line, r) =>
    line.forEach(({ cell, origin }, c) => {
      if (origin) rects.push({ row: r, col: c, rowSpan: cell.rowSpan, colSpan: cell.colSpan, lines: print(cell) });
    }),
  );
  return rects;
}

function official(id: TableId, report: PublishedReport, printer: Printer): PrintedTable & { headerRows: number } {
  const layout = publishedEdition(report).layouts[id];
  const rows = [...layout.headerRows, ...layout.bodyRows];
  const rects = rectsOf(rows, layout.columnCount, (cell) =>
    cell.type === 'text' ? printer.label(cell.text) : [printer.value(report.cells[cell.cell] ?? null)],
  );
  return { columnCount: layout.columnCount, rowCount: rows.length, rects, headerRows: layout.headerRows.length };
}

/** The three sub-rows of （六）其他处理 summed into one row, as reports of the first years of the format print it. */
function singleOtherRow(table: PrintedTable, headerRows: number, report: PublishedReport, printer: Printer): void {
  const bodyIndex = 2 + T3_RESULT_ENTRIES.slice(0, -2).reduce((n, e) => n + ('row' in e ? 1 : e.group.rows.length), 0);
  const first = headerRows + bodyIndex;
  const removed = OTHER_GROUP.rows.length - 1;
  const labelColumns = table.columnCount - T3_COLUMNS.length;
  const sums = T3_COLUMNS.map((c) => {
    const parts = OTHER_GROUP.rows.map((r) => report.cells[`T3.${r.key}.${c.key}`] ?? null);
    return parts.some((p) => p === null) ? null : String(parts.reduce((a, p) => a + Number(p), 0));
  });
  const kept = table.rects.filter((x) => x.row < first || x.row >= first + OTHER_GROUP.rows.length);
  for (const x of kept) {
    if (x.row < first && x.row + x.rowSpan > first) x.rowSpan -= removed;
    if (x.row >= first + OTHER_GROUP.rows.length) x.row -= removed;
  }
  kept.push({ row: first, col: 1, rowSpan: 1, colSpan: labelColumns - 1, lines: printer.label(OTHER_GROUP.label) });
  sums.forEach((s, i) =>
    kept.push({ row: first, col: labelColumns + i, rowSpan: 1, colSpan: 1, lines: [printer.value(s)] }),
  );
  table.rects = kept;
  table.rowCount -= removed;
}

/** The last header row split over two rows at `at` columns in: the cells right of it move down. */
function splitHeaderRow(table: PrintedTable, headerRows: number, at: number): void {
  const last = headerRows - 1;
  const row = table.rects.filter((x) => x.row === last).sort((a, b) => a.col - b.col);
  const moved = row.slice(at);
  for (const x of table.rects) {
    if (x.row > last) x.row += 1;
    else if (!moved.includes(x) && x.row + x.rowSpan - 1 === last) x.rowSpan += 1;
  }
  for (const x of moved) {
    table.rects.push({ row: last, col: x.col, rowSpan: 1, colSpan: x.colSpan, lines: [''] });
    x.row = last + 1;
  }
  table.rowCount += 1;
}

/**
 * 表三 across a page break after the first `valuesBefore` figures of body row `row`: the first page
 * ends with that row's labels and first figures; the second repeats the header, then the row's other
 * figures under their columns, then the rest. Merged cells that cross the break are cut there.
 */
function pageBreak(
  table: PrintedTable,
  headerRows: number,
  row: number,
  valuesBefore: number,
): [PrintedTable, PrintedTable] {
  const br = headerRows + row;
  const labelColumns = table.columnCount - T3_COLUMNS.length;
  const first: PrintedRect[] = [];
  const second: PrintedRect[] = table.rects.filter((x) => x.row < headerRows).map((x) => ({ ...x }));
  for (const x of table.rects) {
    const end = x.row + x.rowSpan;
    if (x.row > br) {
      second.push({ ...x, row: x.row - br + headerRows });
      continue;
    }
    if (end <= br) {
      first.push(x);
      continue;
    }
    const valueIndex = x.row === br && x.col >= labelColumns ? x.col - labelColumns : -1;
    if (valueIndex < 0 || valueIndex < valuesBefore) first.push({ ...x, rowSpan: br + 1 - x.row });
    if (x.row < headerRows) continue;
    if (valueIndex >= valuesBefore) second.push({ ...x, row: headerRows, rowSpan: 1 });
    else second.push({ ...x, row: headerRows, rowSpan: end - br, lines: [''] });
  }
  return [
    { columnCount: table.columnCount, rowCount: br + 1, rects: first },
    { columnCount: table.columnCount, rowCount: table.rowCount - br + headerRows, rects: second },
  ];
}

/** 表四's value row as 5 figures, then a row of 10, each from the left (as PDF text comes). */
function splitT4(table: PrintedTable, headerRows: number, firstPiece: number): void {
  for (const x of table.rects) {
    if (x.row !== headerRows) continue;
    if (x.col >= firstPiece) {
      x.row += 1;
      x.col -= firstPiece;
    }
  }
  table.rowCount += 1;
}

const T4_FIRST_PIECE = 5;

export interface PrintedTables {
  T2: PrintedTable[];
  T3: PrintedTable[];
  T4: PrintedTable[];
}

/** Which knobs can be applied to this report (a wholly blank piece leaves no trace, see below). */
export function effectiveKnobs(report: PublishedReport, knobs: TableKnobs): TableKnobs {
  const edition = publishedEdition(report);
  // an edition whose （六）其他处理 is one row (2019 试行) prints it so anyway
  const singleOtherRow =
    knobs.singleOtherRow && edition.t3ResultEntries.some((e) => 'group' in e && e.group === OTHER_GROUP);
  const t4 = edition.layouts.T4.bodyRows[0]!.map((c) => (c.type === 'value' ? (report.cells[c.cell] ?? null) : null));
  // A row of blanks is dropped by every reader (an empty <tr> says nothing): a split whose piece is
  // wholly blank would print as one short row, indistinguishable from a row with trailing blanks.
  const pieceBlank = (cells: Cell[]) => cells.every((c) => c === null);
  const t4Split = knobs.t4Split && !pieceBlank(t4.slice(0, T4_FIRST_PIECE)) && !pieceBlank(t4.slice(T4_FIRST_PIECE));
  let t3PageBreak = knobs.t3PageBreak;
  if (t3PageBreak) {
    const rows = t3BodyRowKeys(report, singleOtherRow);
    const key = rows[t3PageBreak.row % rows.length]!;
    const values = T3_COLUMNS.map((c) => (key === null ? null : (report.cells[`T3.${key}.${c.key}`] ?? null)));
    const k = t3PageBreak.valuesBefore;
    t3PageBreak =
      key === null || pieceBlank(values.slice(0, k)) || pieceBlank(values.slice(k))
        ? null
        : { row: t3PageBreak.row % rows.length, valuesBefore: k };
  }
  return { ...knobs, singleOtherRow, t4Split, t3PageBreak };
}

/** The row key of each printed 表三 body row; null for the single （六） row the knob prints. */
function t3BodyRowKeys(report: PublishedReport, single: boolean): Array<string | null> {
  return publishedEdition(report).layouts.T3.bodyRows.flatMap((row) => {
    const value = row.find((c) => c.type === 'value');
    const key = value?.type === 'value' ? value.cell.split('.')[1]! : null;
    if (single && key !== null && OTHER_GROUP.rows.some((r) => r.key === key)) {
      return key === OTHER_GROUP.rows[0]!.key ? [null] : [];
    }
    return [key];
  });
}

/** Call with effectiveKnobs(report, knobs). */
export function printTables(report: PublishedReport, knobs: TableKnobs): PrintedTables {
  const printer = new Printer(knobs);
  const t2 = official('T2', report, printer);
  const t3 = official('T3', report, printer);
  const t4 = official('T4', report, printer);
  if (knobs.singleOtherRow) singleOtherRow(t3, t3.headerRows, report, printer);
  if (knobs.t4Split) splitT4(t4, t4.headerRows, T4_FIRST_PIECE);
  if (knobs.splitHeader) {
    splitHeaderRow(t3, t3.headerRows, 2);
    t3.headerRows += 1;
    splitHeaderRow(t4, t4.headerRows, T4_FIRST_PIECE);
    t4.headerRows += 1;
  }
  const t3Tables = knobs.t3PageBreak
    ? pageBreak(t3, t3.headerRows, knobs.t3PageBreak.row, knobs.t3PageBreak.valuesBefore)
    : [t3];
  return { T2: [t2], T3: t3Tables, T4: [t4] };
}

export interface ExpectedCells {
  /** what each cell must import as */
  cells: Record<CellId, Cell>;
  /** cells that may instead come back blank, with a warning: the printed table leaves them ambiguous */
  mayBeBlank: Set<CellId>;
}

/** Call with effectiveKnobs(report, knobs). */
export function expectedCells(report: PublishedReport, knobs: TableKnobs): ExpectedCells {
  const cells = { ...report.cells };
  const mayBeBlank = new Set<CellId>();
  if (knobs.singleOtherRow) {
    const ids = OTHER_GROUP.rows.flatMap((r) => T3_COLUMNS.map((c) => `T3.${r.key}.${c.key}` as CellId));
    const allZero = ids.every((id) => report.cells[id] === '0');
    for (const id of ids) cells[id] = allZero ? '0' : null;
  }
  // A figure joined across a break is placed by counting: a blank at either side of the break, or at
  // the end of the second piece, leaves the count short, so the second piece may be refused (表四: the
  // whole row, when no piece is as wide as the table).
  const seam = (ids: CellId[], k: number, refused: CellId[]) => {
    const v = ids.map((id) => report.cells[id] ?? null);
    if (v[k - 1] === null || v[k] === null || v[v.length - 1] === null) for (const id of refused) mayBeBlank.add(id);
  };
  if (knobs.t4Split) {
    const ids = publishedEdition(report).layouts.T4.bodyRows[0]!.flatMap((c) => (c.type === 'value' ? [c.cell] : []));
    seam(ids, T4_FIRST_PIECE, ids);
  }
  if (knobs.t3PageBreak) {
    const key = t3BodyRowKeys(report, knobs.singleOtherRow)[knobs.t3PageBreak.row]!;
    const ids = T3_COLUMNS.map((c) => `T3.${key}.${c.key}` as CellId);
    seam(ids, knobs.t3PageBreak.valuesBefore, ids.slice(knobs.t3PageBreak.valuesBefore));
  }
  const edition = publishedEdition(report);
  for (const id of Object.keys(cells) as CellId[]) if (!editionCell(edition, id)) throw new Error(`unknown cell ${id}`);
  return { cells, mayBeBlank };
}
