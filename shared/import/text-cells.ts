/**
 * Turning the value cells of one flattened table row into stored cell values, reporting what deviated.
 * Every step is linear in the row, and a row longer than any official table is refused before it is read.
 */
import type { ImportIssue } from './outcome';
import type { CellId, NumberKind } from '../format';
import { normalizeNumber, type Cell } from '../report';
import { noteBlank, noteZeroMark } from './text-cell-notes';
import { canonLabel, isLabelCell } from './text-labels';
import { MAX_CELLS_PER_ROW } from './limits';
import { describeAnyCell, IMPORTED_EDITIONS } from './edition-cells';

export interface TableLine {
  /** 1-based line number in the source */
  line: number;
  cells: string[];
}

export function where(line: number): string {
  return `第${line}行`;
}

export { MAX_CELLS_PER_ROW };

/** A figure or label quoted in a message is cut to this many characters. */
const MAX_QUOTED_CHARS = 40;
/** A message that lists printed values lists at most this many. */
const MAX_LISTED_VALUES = 20;

/** “12、0、3……（共400个）”: the values a message quotes, bounded. */
export function listValues(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED_VALUES).map((v) => quote(v));
  return values.length > MAX_LISTED_VALUES ? `${shown.join('、')}……（共${values.length}个）` : shown.join('、');
}

export function quote(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}

/** False (with a refusal) for a row wider than MAX_CELLS_PER_ROW. */
export function rowWithinLimit(at: TableLine, what: string, issues: ImportIssue[]): boolean {
  if (at.cells.length <= MAX_CELLS_PER_ROW) return true;
  issues.push({
    severity: 'error',
    where: where(at.line),
    message: `${what}中有一行有${at.cells.length}个单元格，超过每行${MAX_CELLS_PER_ROW}个单元格的上限（正式表格每行最多十几列），不是年度报告的表格行，未导入。请检查复制或转换时是否把多行合成了一行。`,
  });
  return false;
}

export interface SplitRow {
  labels: string[];
  /** the cells after the last label cell, trimmed */
  values: string[];
  /** index in the row of the first value cell */
  valueStart: number;
}

/**
 * Splits a row into its label cells and its value cells. Labels come before the figures: a cell with
 * words after the first figure (无数据, 不适用) is a value cell holding words, not a label, so the
 * figures around it keep their columns.
 */
export function splitRow(cells: readonly string[]): SplitRow {
  let firstFigure = cells.length;
  for (let i = 0; i < cells.length; i++) {
    if (peekNumber(cells[i]!, 'wanYuan') !== null) {
      firstFigure = i;
      break;
    }
  }
  let last = -1;
  for (let i = 0; i < firstFigure; i++) if (isLabelCell(cells[i]!)) last = i;
  const labels: string[] = [];
  for (let i = 0; i <= last; i++) {
    const c = cells[i]!.trim();
    // A label repeated into the cells a merged label covers says nothing new.
    if (c !== '' && c !== labels[labels.length - 1]) labels.push(c);
  }
  return { labels, values: cells.slice(last + 1).map((c) => c.trim()), valueStart: last + 1 };
}

/** The cells from the first to the last non-blank one. */
export function trimBlanks(values: readonly string[], ends: 'both' | 'end' = 'both'): string[] {
  let start = 0;
  let end = values.length;
  if (ends === 'both') while (start < end && values[start] === '') start++;
  while (end > start && values[end - 1] === '') end--;
  return values.slice(start, end);
}

/** A value cell that was not printed at all (the row ended before it), unlike a printed blank (''). */
export type FittedCell = string | undefined;

/**
 * Exactly n value cells: padding cells that a flattened merged cell leaves at either end are dropped;
 * too few or too many is reported, never silently shifted. Cells the row did not reach are undefined.
 */
export function fitValues(
  values: readonly string[],
  n: number,
  at: TableLine,
  what: string,
  issues: ImportIssue[],
): FittedCell[] {
  let start = 0;
  let end = values.length;
  while (end - start > n && values[start] === '') start++;
  while (end - start > n && values[end - 1] === '') end--;
  const v = values.slice(start, end);
  if (v.length > n) {
    issues.push({
      severity: 'warning',
      where: where(at.line),
      message: `${what}应有${n}个数值，实际有${v.length}个（${listValues(v)}），已取前${n}个，请核对`,
    });
    return v.slice(0, n);
  }
  if (v.length < n) {
    issues.push({
      severity: 'warning',
      where: where(at.line),
      message: `${what}应有${n}个数值，只有${v.length}个，缺少的单元格留空`,
    });
    return [...v, ...Array<undefined>(n - v.length).fill(undefined)];
  }
  return v;
}

/**
 * Zero as published: a dash of any width, once or twice (—, ——, -, －, –), a slash, or 无. Only the whole
 * cell counts: “—5”, “无数据” or “0/1” are not zero and stay as printed.
 */
const ZERO_MARK = /^(?:[-－–—―‐‑‒−]{1,2}|[/／]|无)$/;
const SPACES = /[\s\u00A0\u2000-\u200B\u3000\uFEFF]+/g;

/** The zero mark a cell holds, or null. */
export function zeroMark(raw: string): string | null {
  const s = raw.replace(SPACES, '');
  return ZERO_MARK.test(s) ? s : null;
}

/**
 * Digits with spaces between them that are not thousands groups (“12 5”): two cells run together, or
 * one figure broken; either way no single number can be read from it.
 */
function digitsRunTogether(raw: string): boolean {
  const s = raw
    .normalize('NFKC')
    .trim()
    .replace(/[\s\u00A0\u2000-\u200B]+/g, ' ');
  return /\d \d/.test(s) && !/^\d{1,3}(?: \d{3})+(?:\.\d+)?$/.test(s);
}

function keepAsPrinted(raw: string, id: CellId, reason: string, at: TableLine, issues: ImportIssue[]): Cell {
  issues.push({
    severity: 'warning',
    where: where(at.line),
    message: `${describeAnyCell(id)}的“${quote(raw)}”不是有效数值（${reason}），已按原样保留，请核对`,
  });
  return raw.slice(0, 64);
}

/**
 * A printed cell as stored: blank stays blank (listed in one note: blank is not 0), a zero mark is 0
 * (listed in one note), a valid number is canonical; anything else is kept as printed and named, so
 * CELL-DOMAIN flags it. Never a guess.
 */
export function importCell(
  raw: FittedCell,
  id: CellId,
  kind: NumberKind,
  at: TableLine,
  issues: ImportIssue[],
  signed = false,
): Cell {
  if (raw === undefined) return null;
  if (raw.replace(SPACES, '') === '') {
    noteBlank(issues, id);
    return null;
  }
  const mark = zeroMark(raw);
  if (mark !== null) {
    noteZeroMark(issues, id, mark);
    return '0';
  }
  if (digitsRunTogether(raw)) return keepAsPrinted(raw, id, '数字之间有空格，可能是两个单元格连在了一起', at, issues);
  const negative = signed ? negativeNumber(raw, kind) : null;
  if (negative !== null) return negative;
  const r = normalizeNumber(raw, kind);
  if (r.ok) return r.value;
  return keepAsPrinted(raw, id, r.message, at, issues);
}

/** A minus sign as printed: ASCII, full-width, the minus sign, or a dash standing for it (−2, -2, －2, –2, —2). */
const MINUS = /^[-－−–—]/;

/**
 * A negative number in a column that may hold one (2019: 本年增/减), canonical with an ASCII minus
 * (−2 → -2, －１２ → -12); null when the cell is not one (then it is read as any other cell). A lone
 * dash never gets here: it is a zero mark.
 */
function negativeNumber(raw: string, kind: NumberKind): string | null {
  const s = raw.replace(SPACES, '');
  if (!MINUS.test(s)) return null;
  const r = normalizeNumber(s.slice(1), kind);
  if (!r.ok || r.value === null) return null;
  return /^[0.]+$/.test(r.value) ? r.value : `-${r.value}`;
}

/** What a printed cell reads as without recording anything: 0 for a zero mark, canonical, or null. */
export function peekNumber(raw: string, kind: NumberKind): string | null {
  if (zeroMark(raw) !== null) return '0';
  if (digitsRunTogether(raw)) return null;
  const r = normalizeNumber(raw, kind);
  return r.ok ? r.value : null;
}

/**
 * A line of text (not a table row: no tab) holding nothing but one short number (3, - 3 -, — 12 —)
 * between table rows is a page number left by a PDF-to-text conversion. Taken for figures, it would
 * complete a row broken across the page with a number that is not in the table.
 */
const PAGE_NUMBER = /^[-—–－―\s]*\d{1,4}[-—–－―\s]*$/;

export function isPageNumberLine(at: TableLine): boolean {
  return at.cells.length === 1 && PAGE_NUMBER.test(at.cells[0]!.trim());
}

export function notePageNumber(at: TableLine, what: string, issues: ImportIssue[]): void {
  issues.push({
    severity: 'info',
    where: where(at.line),
    message: `${what}中的一行只有一个数字“${quote(at.cells[0]!.trim())}”，像是页码，已略过；如它是表格中的数值，请对照原表填写`,
  });
}

/** Every label of the three official tables of every edition read, canonical. */
const OFFICIAL_LABELS = new Set(
  IMPORTED_EDITIONS.flatMap((e) => Object.values(e.layouts)).flatMap((layout) =>
    [...layout.headerRows, ...layout.bodyRows].flat().flatMap((c) => (c.type === 'text' ? [canonLabel(c.text)] : [])),
  ),
);

/**
 * Text copied from a web page keeps a line break inside a cell (本年新收<br>政府信息公开申请数量) as a
 * line break, so one table row arrives as several lines. A line is joined to the one before when that
 * one holds no figure and the cell across the break, put together, is an official label: the figures
 * after it then stand in their row again. Nothing else is joined.
 */
export function joinBrokenLabels(lines: readonly TableLine[], what: string, issues: ImportIssue[]): TableLine[] {
  const out: TableLine[] = [];
  const joined: string[] = [];
  for (const at of lines) {
    const prev = out[out.length - 1];
    const head = at.cells[0]?.trim() ?? '';
    if (prev && head !== '' && prev.cells.length + at.cells.length <= MAX_CELLS_PER_ROW) {
      const tail = prev.cells[prev.cells.length - 1]!.trim();
      if (
        tail !== '' &&
        OFFICIAL_LABELS.has(canonLabel(tail + head)) &&
        prev.cells.every((c) => peekNumber(c, 'wanYuan') === null)
      ) {
        out[out.length - 1] = {
          line: prev.line,
          cells: [...prev.cells.slice(0, -1), tail + head, ...at.cells.slice(1)],
        };
        joined.push(tail + head);
        continue;
      }
    }
    out.push(at);
  }
  if (joined.length > 0) {
    issues.push({
      severity: 'info',
      message: `${what}中有${joined.length}个单元格内有换行（如“${quote(joined[0]!)}”），使一行断成了几行，已按单元格接回`,
    });
  }
  return out;
}
