/**
 * A published report's web page → the report-text shape that parseReportText reads: headings and
 * paragraphs as lines, each table row as one line of tab-separated cells with merged cells flattened
 * (the text once, in the cell where the span starts; covered positions empty), so one parser serves
 * text, HTML and .docx alike. No DOM: htmlparser2 only, so this stays pure and runs anywhere.
 */
import { DomUtils, type parseDocument } from 'htmlparser2';
import type { ImportIssue } from './outcome';
import { cutToReport } from './html-report-part';
import { MAX_COLSPAN, MAX_ROWSPAN, TableCellBudget } from './limits';
import { parseBoundedMarkup } from './markup-parse';
import { HiddenTextTally } from './hidden-text';
import { readTitle } from './title';
import { collapseSpaces, dropOpenErrorsList, formatTextLines, joinSplitTitle, type TextBlock } from './markup-blocks';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

/** Content a reader never sees. */
const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'button',
  'input',
  'textarea',
  'audio',
  'video',
  'map',
]);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'caption',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'title',
  'legend',
  'o:p',
]);

/**
 * Word's "save as web page" wraps source lines inside Chinese text; a break between two Chinese
 * characters is source formatting, not a space the author typed.
 */
const CJK_LINE_BREAK = /([\u3000-\u9fff\uff00-\uffef])[ \t]*[\r\n]+[ \t]*(?=[\u3000-\u9fff\uff00-\uffef])/g;

function isElement(node: DomNode): node is DomElement {
  return 'attribs' in node;
}

function isText(node: DomNode): node is Extract<DomNode, { type: 'text' }> {
  return node.type === 'text';
}

function isHidden(el: DomElement): boolean {
  if ('hidden' in el.attribs) return true;
  const style = (el.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** What one conversion carries through its walks: the table cells spent and the hidden text dropped. */
interface PageReading {
  cells: TableCellBudget;
  hidden: HiddenTextTally;
  /** hidden elements already counted (a cell is read twice: to tell a layout table, then as a cell) */
  counted: Set<DomElement>;
  /** the index of the block being built, where a hidden piece is met */
  block: number;
}

function newReading(): PageReading {
  return { cells: new TableCellBudget('网页'), hidden: new HiddenTextTally(), counted: new Set(), block: 0 };
}

/** True for an element a reader never sees; a hidden one is counted once. */
function skipped(el: DomElement, reading: PageReading): boolean {
  if (DROPPED.has(el.name)) return true;
  if (!isHidden(el)) return false;
  if (!reading.counted.has(el)) {
    reading.counted.add(el);
    reading.hidden.add(DomUtils.textContent(el), reading.block);
  }
  return true;
}

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, max);
}

/** Text of a cell on one line: whatever blocks or breaks it holds become single spaces. */
function cellText(el: DomElement, reading: PageReading): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (isText(node)) {
      parts.push(node.data);
      return;
    }
    if (!isElement(node) || skipped(node, reading)) return;
    if (node.name === 'br' || BLOCKS.has(node.name)) parts.push(' ');
    node.children.forEach(walk);
    if (BLOCKS.has(node.name)) parts.push(' ');
  };
  el.children.forEach(walk);
  return collapseSpaces(parts.join(''));
}

/** The rows of this table, not of tables nested in its cells. */
function ownRows(table: DomElement, reading: PageReading): DomElement[] {
  const rows: DomElement[] = [];
  const walk = (node: DomNode): void => {
    if (!isElement(node) || skipped(node, reading)) return;
    if (node.name === 'tr') {
      rows.push(node);
      return;
    }
    if (node.name === 'table') return;
    node.children.forEach(walk);
  };
  table.children.forEach(walk);
  return rows;
}

function ownCells(row: DomElement, reading: PageReading): DomElement[] {
  return row.children.filter(isElement).filter((c) => (c.name === 'td' || c.name === 'th') && !skipped(c, reading));
}

/**
 * The HTML table model: each cell takes the first free column, spans mark later positions taken. Every
 * position a span covers and every padding cell is spent from the file's MAX_TABLE_CELLS budget before it
 * is made, so spans cannot grow the grid past the limit.
 */
function expandHtmlTable(table: DomElement, reading: PageReading): string[][] {
  const rows = ownRows(table, reading);
  const grid: Array<Array<string | undefined>> = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of ownCells(row, reading)) {
      const line = grid[r]!;
      while (line[c] !== undefined) c++;
      const colSpan = span(cell.attribs.colspan, MAX_COLSPAN);
      const rowSpan = cell.attribs.rowspan === '0' ? rows.length - r : span(cell.attribs.rowspan, MAX_ROWSPAN);
      const text = cellText(cell, reading);
      const covered = Math.min(rowSpan, rows.length - r);
      reading.cells.spend(covered * colSpan);
      for (let dr = 0; dr < covered; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const target = grid[r + dr]!;
          if (target[c + dc] === undefined) target[c + dc] = dr === 0 && dc === 0 ? text : '';
        }
      }
      c += colSpan;
    }
  });
  let width = 0;
  for (const line of grid) width = Math.max(width, line.length);
  reading.cells.spend(rows.length * width);
  return grid.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? ''));
}

/** No cell of the official tables holds this much text; a page column does. */
const LAYOUT_CELL_CHARS = 300;

/** Old sites lay the whole page out in tables: such a table is walked as flow, not flattened. */
function isLayoutTable(table: DomElement, reading: PageReading): boolean {
  const nested = DomUtils.findOne((n) => n.name === 'table', table.children, true);
  if (nested) return true;
  const rows = ownRows(table, reading);
  if (rows.length === 1 && ownCells(rows[0]!, reading).length === 1) return true;
  return rows.some((row) => ownCells(row, reading).some((cell) => cellText(cell, reading).length > LAYOUT_CELL_CHARS));
}

function toBlocks(root: DomNode[], reading: PageReading): TextBlock[] {
  const blocks: TextBlock[] = [];
  let line: string[] = [];
  const endLine = () => {
    const text = collapseSpaces(line.join(''));
    line = [];
    if (text !== '') blocks.push({ type: 'line', text });
    reading.block = blocks.length;
  };
  const walk = (node: DomNode, pre: boolean): void => {
    if (isText(node)) {
      if (!pre) {
        line.push(node.data.replace(CJK_LINE_BREAK, '$1'));
        return;
      }
      const [first, ...rest] = node.data.split(/\r?\n/);
      line.push(first ?? '');
      for (const r of rest) {
        endLine();
        line.push(r);
      }
      return;
    }
    if (!isElement(node) || skipped(node, reading)) return;
    if (node.name === 'br') {
      endLine();
      return;
    }
    if (node.name === 'table' && !isLayoutTable(node, reading)) {
      endLine();
      const rows = expandHtmlTable(node, reading).filter((cells) => cells.some((c) => c !== ''));
      if (rows.length) blocks.push({ type: 'table', rows });
      reading.block = blocks.length;
      return;
    }
    const block = BLOCKS.has(node.name);
    if (block) endLine();
    for (const child of node.children) walk(child, pre || node.name === 'pre');
    if (block) endLine();
  };
  for (const node of root) walk(node, false);
  endLine();
  return blocks;
}

export interface HtmlConversion {
  text: string;
  issues: ImportIssue[];
}

/** Separators sites put between the report's title and the site's name in the page <title>. */
const PAGE_TITLE_SEPARATORS = /\s*[_|｜]\s*|\s+[-–—]\s+|\s*[-–—]{2,}\s*/;

/** The page <title>, or the piece of it, that reads as the report's title with organ and year. */
function pageTitle(document: ReturnType<typeof parseDocument>): string | null {
  const el = DomUtils.findOne((n) => n.name === 'title', document.children, true);
  if (!el) return null;
  const text = collapseSpaces(DomUtils.textContent(el));
  for (const piece of [text, ...text.split(PAGE_TITLE_SEPARATORS)]) {
    const reading = readTitle(piece);
    if (reading?.organ && reading.year !== null) return piece.trim();
  }
  return null;
}

/** The report text of a page, with an issue for every part of the page that was left out. */
export function convertHtmlToReportText(html: string): HtmlConversion {
  const document = parseBoundedMarkup(
    html,
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    '网页',
  );
  const reading = newReading();
  const all = toBlocks(document.children, reading);
  const withoutErrors = dropOpenErrorsList(joinSplitTitle(all, { documentStartsWithTitle: false }));
  const cut = cutToReport(withoutErrors.blocks, '网页');
  const issues = [
    ...reading.hidden.issues('网页', '设为不显示（display:none、visibility:hidden 或 hidden 属性）', all, cut.blocks),
    ...cut.issues,
    ...withoutErrors.issues,
  ];
  let blocks = cut.blocks;
  const fromHead = cut.titleFound ? null : pageTitle(document);
  if (fromHead) {
    // the body's own title line, when it lacks organ or year, gives way to the complete one
    const first = blocks[0];
    const replaces = first?.type === 'line' && readTitle(first.text) !== null;
    blocks = [{ type: 'line', text: fromHead }, ...blocks.slice(replaces ? 1 : 0)];
    issues.unshift({
      severity: 'info',
      message: `正文中没有完整的报告标题，标题取自网页标题栏：“${fromHead}”。`,
    });
  }
  return { text: formatTextLines(blocks), issues };
}

export function htmlToReportText(html: string): string {
  return convertHtmlToReportText(html).text;
}
