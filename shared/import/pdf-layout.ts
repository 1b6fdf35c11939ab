/**
 * A text PDF's pages (text items with their positions, drawn lines) → the report-text shape parseReportText
 * reads: paragraphs as lines (lines of one paragraph joined again), each table row as one tab-separated line
 * with merged cells flattened. Pure: the Node side (electron/services/import/pdf.ts) only extracts the items
 * and lines with pdf.js.
 *
 * Everything is decided by position: lines by baseline, table rows and columns by the drawn borders (see
 * pdf-grid.ts), a table that runs onto the next page is continued there and the header rows the PDF repeats
 * on that page are left out.
 */
import type { ImportIssue } from './outcome';
import { dropOpenErrorsList, formatTextLines, joinSplitTitle, type TextBlock } from './markup-blocks';
import { findTables, MAX_PDF_RULES_PER_PAGE, type PdfRule, type PdfTable } from './pdf-grid';
import { groupLines, normalizePdfText, type PdfLine, type PdfTextItem } from './pdf-lines';

export type { PdfRule, PdfTextItem };

export interface PdfPageContent {
  width: number;
  height: number;
  items: PdfTextItem[];
  rules: PdfRule[];
}

export interface PdfLayout {
  text: string;
  issues: ImportIssue[];
}

export { MAX_PDF_TEXT_ITEMS } from './limits';

/** Page numbers and running heads sit in the outer tenth of the page (GB/T 9704 puts the number 7 mm below the text). */
const PAGE_EDGE_SHARE = 0.1;
const PAGE_FURNITURE =
  /^(?:[-—–－~\s]*\d{1,4}[-—–－~\s]*|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
/** Cells of a table drawn without borders are further apart than this many font sizes. */
const BORDERLESS_CELL_GAP = 2;
const FIGURE = /^[\d.,，%-]+$/;
/** Two tables are one table broken by a page when their left and right edges agree within this (points). */
const SAME_TABLE_EDGE = 4;
/** A title is set larger than the body text by at least this factor (二号 22 pt against 三号 16 pt). */
const TITLE_SIZE_FACTOR = 1.2;

/**
 * Lines of one paragraph are at most this many font sizes apart: 公文 sets 三号 text at a fixed 28–29 pt
 * (1.8), and a document grid can space a 二号 title wider still.
 */
const BODY_LINE_PITCH = 2.5;
const TITLE_LINE_PITCH = 3;

type Element = { kind: 'line'; line: PdfLine; page: number } | { kind: 'table'; table: PdfTable; page: number };

interface BodyMetrics {
  size: number;
  left: number;
  right: number;
}

const inPageEdge = (line: PdfLine, page: PdfPageContent) =>
  line.y < page.height * PAGE_EDGE_SHARE || line.y > page.height * (1 - PAGE_EDGE_SHARE);

/** A running head or foot compared across pages: its words, page numbers aside. */
const runningKey = (line: PdfLine) => line.text.replace(/\s+/g, '').replace(/\d+/g, '#');

/**
 * Page numbers, and running heads and feet (the same words in the page edge on two pages or more: an organ's
 * name, a draft mark): never report text, and in the way of a table that runs onto the next page.
 */
function dropFurniture(pages: ReadonlyArray<{ page: PdfPageContent; lines: PdfLine[] }>): PdfLine[][] {
  const pagesWith = new Map<string, Set<number>>();
  pages.forEach(({ page, lines }, i) => {
    for (const line of lines) {
      if (!inPageEdge(line, page)) continue;
      const key = runningKey(line);
      pagesWith.set(key, (pagesWith.get(key) ?? new Set()).add(i));
    }
  });
  return pages.map(({ page, lines }) =>
    lines.filter(
      (line) =>
        !inPageEdge(line, page) || !(PAGE_FURNITURE.test(line.text) || pagesWith.get(runningKey(line))!.size >= 2),
    ),
  );
}

/** Font sizes compared to the half point: 10.5 pt (五号) and 11 pt are different sizes. */
const sizeKey = (size: number) => Math.round(size * 2) / 2;
/** Punctuation that may hang past the right margin (Word's and WPS's default for Chinese text). */
const HANGING = /[，。、；：？！”’）》」』]$/;

/**
 * Body text: the font size that carries most characters; its left margin and right edge. The right edge is
 * where the longest lines end, a hanging punctuation mark not counted.
 */
function bodyMetrics(lines: readonly PdfLine[]): BodyMetrics {
  const bySize = new Map<number, number>();
  for (const l of lines) bySize.set(sizeKey(l.size), (bySize.get(sizeKey(l.size)) ?? 0) + l.text.length);
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  const body = lines.filter((l) => sizeKey(l.size) === size && l.text.length >= 4);
  // no running text (a page of tables only): no line counts as full, so none is joined to the next
  if (body.length === 0) return { size, left: 0, right: Infinity };
  return {
    size,
    left: Math.min(...body.map((l) => l.x)),
    right: Math.max(...body.map((l) => (HANGING.test(l.text) ? l.right - l.size : l.right))),
  };
}

/** A line of a table drawn without borders: cells where the gap is wide, when at least one cell is a figure. */
function borderlessCells(line: PdfLine): string[] | null {
  const cells: PdfTextItem[][] = [[]];
  line.items.forEach((item, i) => {
    const before = line.items[i - 1];
    if (before && item.x - (before.x + before.width) > BORDERLESS_CELL_GAP * Math.max(item.size, before.size))
      cells.push([]);
    cells[cells.length - 1]!.push(item);
  });
  if (cells.length < 2) return null;
  const texts = cells.map((c) =>
    groupLines(c)
      .map((l) => l.text)
      .join(''),
  );
  return texts.some((t) => FIGURE.test(t)) ? texts : null;
}

function squeeze(cells: readonly string[]): string {
  return cells.join('').replace(/\s+/g, '');
}

/** Header rows the PDF repeats where a table continues on a new page: equal to the first rows, without figures. */
function repeatedHeaderRows(first: readonly string[][], continued: readonly string[][]): number {
  let n = 0;
  while (
    n < continued.length &&
    n < first.length &&
    squeeze(first[n]!) === squeeze(continued[n]!) &&
    !continued[n]!.some((c) => FIGURE.test(c.trim()))
  )
    n++;
  return n;
}

function continuesParagraph(prev: Element, line: PdfLine, page: number, body: BodyMetrics): boolean {
  if (prev.kind !== 'line') return false;
  const last = prev.line;
  const size = body.size;
  if (sizeKey(last.size) !== sizeKey(line.size)) return false;
  // the title, set larger and centred, is broken over lines that do not reach the margins
  if (line.size >= TITLE_SIZE_FACTOR * size)
    return prev.page === page && line.y - last.y <= TITLE_LINE_PITCH * line.size;
  const nearBelow = prev.page === page ? line.y - last.y <= BODY_LINE_PITCH * line.size : page === prev.page + 1;
  const lastIsFull = last.right >= body.right - 1.5 * size;
  const notIndented = line.x <= body.left + 0.5 * size;
  return nearBelow && lastIsFull && notIndented;
}

function joinText(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * The pages of a text PDF → report text. `pages` are as the Node side read them; the text items are
 * normalised here (Kangxi radicals, invisible characters).
 */
export function layoutPdfPages(pages: readonly PdfPageContent[]): PdfLayout {
  const issues: ImportIssue[] = [];
  const elements: Element[] = [];
  const borderlessPages: number[] = [];
  const unplaced: string[] = [];
  const found = pages.map((page, index) => {
    const items = page.items.map((i) => ({ ...i, text: normalizePdfText(i.text) }));
    if (page.rules.length > MAX_PDF_RULES_PER_PAGE) borderlessPages.push(index + 1);
    const { tables, rest } = findTables(items, page.rules);
    return { page, tables, lines: groupLines(rest) };
  });
  dropFurniture(found).forEach((lines, index) => {
    const pageNo = index + 1;
    const { tables } = found[index]!;
    const onPage: Array<Element & { top: number }> = [
      ...lines.map((line) => ({ kind: 'line' as const, line, page: pageNo, top: line.y - line.size })),
      ...tables.map((table) => ({ kind: 'table' as const, table, page: pageNo, top: table.top })),
    ];
    onPage.sort((a, b) => a.top - b.top);
    for (const t of tables) unplaced.push(...t.unplaced.map((text) => `第${pageNo}页“${text}”`));
    elements.push(...onPage);
  });

  const body = bodyMetrics(elements.flatMap((e) => (e.kind === 'line' ? [e.line] : [])));
  const blocks: TextBlock[] = [];
  let prev: Element | null = null;
  for (const e of elements) {
    if (e.kind === 'table') {
      const last = blocks[blocks.length - 1];
      const continued =
        prev?.kind === 'table' &&
        e.page === prev.page + 1 &&
        last?.type === 'table' &&
        Math.abs(prev.table.left - e.table.left) <= SAME_TABLE_EDGE &&
        Math.abs(prev.table.right - e.table.right) <= SAME_TABLE_EDGE;
      if (continued) {
        const skip = repeatedHeaderRows(last.rows, e.table.rows);
        last.rows.push(...e.table.rows.slice(skip));
      } else blocks.push({ type: 'table', rows: e.table.rows.map((r) => [...r]) });
      prev = e;
      continue;
    }
    const cells = borderlessCells(e.line);
    if (cells) {
      if (!borderlessPages.includes(e.page)) borderlessPages.push(e.page);
      const last = blocks[blocks.length - 1];
      if (prev?.kind === 'line' && last?.type === 'table' && e.page - prev.page <= 1) last.rows.push(cells);
      else blocks.push({ type: 'table', rows: [cells] });
      prev = { ...e, line: { ...e.line, right: 0 } };
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (prev && last?.type === 'line' && continuesParagraph(prev, e.line, e.page, body))
      last.text = joinText(last.text, e.line.text);
    else blocks.push({ type: 'line', text: e.line.text });
    prev = e;
  }

  if (borderlessPages.length > 0) {
    issues.push({
      severity: 'warning',
      message: `PDF 第${borderlessPages.sort((a, b) => a - b).join('、')}页的表格没有可用的框线，已按文字间距分列，请逐项核对该页表格的数值。`,
    });
  }
  if (unplaced.length > 0) {
    issues.push({
      severity: 'warning',
      message: `PDF 表格中有文字跨越单元格边框，无法确定所属单元格，已按其位置放入，请核对：${unplaced.slice(0, 20).join('、')}${unplaced.length > 20 ? ` 等${unplaced.length}处` : ''}`,
    });
  }
  const titled = joinSplitTitle(blocks, { documentStartsWithTitle: true });
  const dropped = dropOpenErrorsList(titled);
  return { text: formatTextLines(dropped.blocks), issues: [...issues, ...dropped.issues] };
}
