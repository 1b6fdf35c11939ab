/**
 * The layout of a rendered PDF checked against GB/T 9704 as layout.ts sets it, from where the text landed:
 * Each check returns what it found wrong, in words, so a failing test says where.
 */
import {
  BODY_PT,
  CHARS_PER_LINE,
  LINES_PER_PAGE,
  LINE_PITCH_PT,
  PAGE_HEIGHT_MM,
  PAGE_MARGINS_MM,
  PAGE_NUMBER_GAP_MM,
  PAGE_NUMBER_PT,
  PAGE_WIDTH_MM,
  PT_PER_MM,
  TABLE_PT,
  TITLE_PT,
} from '../../../shared/document';
import type { TableLayout } from '../../../shared/format';
import { inkBox, pdfLines } from './pdf-layout';

export type LineKind = 'title' | 'body' | 'table' | 'pageNumber';

export interface Line {
  page: number;
  top: number;
  left: number;
  right: number;
  text: string;
  kind: LineKind;
}

export const BLOCK = {
  left: PAGE_MARGINS_MM.left * PT_PER_MM,
  right: (PAGE_WIDTH_MM - PAGE_MARGINS_MM.right) * PT_PER_MM,
  top: PAGE_MARGINS_MM.top * PT_PER_MM,
  bottom: (PAGE_HEIGHT_MM - PAGE_MARGINS_MM.bottom) * PT_PER_MM,
};

/**
 * The text lines of every page (poppler's `pdftotext -bbox-layout`), each with its kind. Poppler gives no font size,
 * but a line's box height is the size times a factor each PDF producer sets alike for all its text (LibreOffice 1.3,
 * Chromium 2.6): the body, the most common kind, gives the factor, and each line is the kind whose size is nearest.
 */
export function pdfTextLines(file: string): Line[][] {
  const pages = pdfLines(file);
  // lines flush with the 版心's left edge are body text (a table cell's text starts a cell margin in)
  const heights = pages
    .flatMap((p) => p.lines)
    .filter((l) => l.yMin < BLOCK.bottom && Math.abs(l.xMin - BLOCK.left) < 1.5)
    .map((l) => Math.round((l.yMax - l.yMin) * 10) / 10);
  const counts = new Map<number, number>();
  for (const h of heights) counts.set(h, (counts.get(h) ?? 0) + 1);
  const bodyHeight = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const sizes = [
    ['title', TITLE_PT],
    ['body', BODY_PT],
    ['table', TABLE_PT],
  ] as const;
  return pages.map((page, i) =>
    page.lines.map((l): Line => {
      const size = ((l.yMax - l.yMin) / bodyHeight) * BODY_PT;
      const nearest = sizes.reduce((a, b) => (Math.abs(b[1] - size) < Math.abs(a[1] - size) ? b : a))[0];
      return {
        page: i + 1,
        top: l.yMin,
        left: l.xMin,
        right: l.xMax,
        text: l.text.replace(/\s+/g, ''),
        // a smaller number in a table cell (columns.ts valueFontPt) is still table text
        kind: l.yMin > BLOCK.bottom ? 'pageNumber' : size < TABLE_PT ? 'table' : nearest,
      };
    }),
  );
}

/** Chromium extracts some characters as their Kangxi-radical twins (⼈ for 人); the same count either way. */
const FULL_WIDTH_ONLY = /^[^\x20-\x7e]+$/u;
const HANGING = /[，。、；：？！]$/u;
const INDENT_PT = 2 * BODY_PT;

/**
 * Every full body line (text up to the 版心's right edge, nothing but full-width characters) holds 28 characters, 26
 * after a first-line indent of two; a closing ，。、；：？！ hanging past the edge does not count. Returns the problems
 * and how many lines were checked.
 */
export function checkCharsPerLine(pages: Line[][]): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    page.forEach((line, i) => {
      const indented = Math.abs(line.left - (BLOCK.left + INDENT_PT)) < 1.5;
      const flush = Math.abs(line.left - BLOCK.left) < 1.5;
      if (line.kind !== 'body' || !(indented || flush) || !FULL_WIDTH_ONLY.test(line.text)) return;
      const chars = [...line.text];
      // LibreOffice draws a hanging mark past the edge; the Chromium print gives it next to no advance (hang-punctuation.ts)
      const hangs = HANGING.test(line.text);
      if (line.right > BLOCK.right + 2 && !hangs)
        problems.push(`page ${line.page}: a line runs past the 版心 (${line.text})`);
      if (line.right < BLOCK.right - BODY_PT / 2) return; // a paragraph's last line
      const expected = indented ? CHARS_PER_LINE - 2 : CHARS_PER_LINE;
      const count = chars.length === expected + 1 && hangs ? expected : chars.length;
      // A line is a character short where what follows may not be split from it or may not open a line: a Latin run
      // (2846条, up to three characters wide) or a closing mark that takes the last character with it (“…”).
      const next = page[i + 1];
      const carried =
        !!next &&
        ((count === expected - 1 && /^[”’）》」』】〕〉…]/u.test(next.text)) ||
          (count >= expected - 3 && /^[0-9A-Za-z]/.test(next.text)));
      checked++;
      if (count !== expected && !carried)
        problems.push(`page ${line.page}: ${count} characters, not ${expected}, on a full line (${line.text})`);
    });
  }
  return { problems, checked };
}

/**
 * A page of prose that a paragraph runs off (the next page opens with a body line flush left, i.e. not a paragraph's
 * first line) is full: 22 body lines at the 28.95 pt pitch from the top of the 版心. No page holds more than 22.
 * Returns the problems and how many full pages were checked.
 */
export function checkLinesPerPage(pages: Line[][]): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  pages.forEach((lines, i) => {
    const inBlock = lines.filter((l) => l.kind !== 'pageNumber');
    const body = inBlock.filter((l) => l.kind === 'body');
    if (body.length > LINES_PER_PAGE) problems.push(`page ${i + 1}: ${body.length} body lines`);
    const next = pages[i + 1]?.find((l) => l.kind !== 'pageNumber');
    const runsOn = next?.kind === 'body' && Math.abs(next.left - BLOCK.left) < 4;
    if (!runsOn || inBlock.some((l) => l.kind !== 'body')) return;
    checked++;
    if (body.length !== LINES_PER_PAGE) problems.push(`page ${i + 1}: ${body.length} lines on a full page, not 22`);
    const span = body.at(-1)!.top - body[0]!.top;
    if (Math.abs(span - (LINES_PER_PAGE - 1) * LINE_PITCH_PT) > 3)
      problems.push(`page ${i + 1}: lines ${span.toFixed(1)} pt apart top to bottom, not 21 × ${LINE_PITCH_PT}`);
  });
  return { problems, checked };
}

/** The title's lines, in order, as the model splits them, at 2号 on page 1. */
export function checkTitle(pages: Line[][], titleLines: readonly string[]): string[] {
  const title = pages[0]!.filter((l) => l.kind === 'title').map((l) => normalise(l.text));
  const expected = titleLines.map(normalise);
  return JSON.stringify(title) === JSON.stringify(expected)
    ? []
    : [`title lines ${JSON.stringify(title)}, expected ${JSON.stringify(expected)}`];
}

/** Kangxi radicals (U+2F00–U+2FDF) and CJK radicals supplement back to the ideographs they look like, for comparing. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * No table row stands on a page without its header: a page that opens with table text opens with the first header
 * row of a table that has one; a table without header rows (T2) is on one page, together with the heading above it.
 */
export function checkTableBreaks(
  pages: Line[][],
  layouts: readonly TableLayout[],
  tableHeading: (t: TableLayout) => string,
): string[] {
  const problems: string[] = [];
  const headerTexts = layouts.flatMap((l) =>
    l.headerRows.length ? l.headerRows[0]!.flatMap((c) => (c.type === 'text' ? [normalise(c.text)] : [])) : [],
  );
  pages.forEach((lines, i) => {
    const first = lines.find((l) => l.kind !== 'pageNumber');
    if (i === 0 || first?.kind !== 'table') return;
    const opening = normalise(
      lines
        .filter((l) => l.kind === 'table' && l.top < first.top + 2 * TABLE_PT)
        .map((l) => l.text)
        .join(''),
    );
    if (!headerTexts.some((h) => opening.includes(h)))
      problems.push(`page ${i + 1} opens with table rows without a header: ${opening.slice(0, 40)}`);
  });
  for (const layout of layouts.filter((l) => l.headerRows.length === 0)) {
    const texts = layout.bodyRows.flat().flatMap((c) => (c.type === 'text' ? [normalise(c.text)] : []));
    const pageOf = (t: string) =>
      pages.findIndex((lines) => normalise(lines.map((l) => l.text).join('')).includes(t)) + 1;
    const firstPage = pageOf(texts[0]!);
    const lastPage = pageOf(texts.at(-1)!);
    const headingPage = pageOf(normalise(tableHeading(layout)));
    if (firstPage !== lastPage || headingPage !== firstPage)
      problems.push(
        `${layout.table} is not on one page with its heading: heading on ${headingPage}, rows on ${firstPage}–${lastPage}`,
      );
  }
  return problems;
}

/**
 * GB/T 9704 §7.5: the page number's line (a 4号 em box, whose top lies 0.88 em above the digits' baseline in the CJK
 * fonts) 7 mm below the 版心, odd pages right and even pages left, one character in. Measured from the ink of the
 * digits, which does not depend on the metrics each PDF producer writes. Tolerance 0.5 mm (font metrics differ).
 */
export function checkPageNumbers(file: string, pageCount: number): string[] {
  const problems: string[] = [];
  const region = { x: 0, y: BLOCK.bottom + 1, width: PAGE_WIDTH_MM * PT_PER_MM, height: 30 * PT_PER_MM };
  for (let page = 1; page <= pageCount; page++) {
    const ink = inkBox(file, page, region);
    if (!ink) {
      problems.push(`page ${page}: no page number`);
      continue;
    }
    const emTop = ink.bottom - 0.88 * PAGE_NUMBER_PT;
    const gapMm = (emTop - BLOCK.bottom) / PT_PER_MM;
    if (Math.abs(gapMm - PAGE_NUMBER_GAP_MM) > 0.5)
      problems.push(`page ${page}: page number ${gapMm.toFixed(2)} mm below the 版心, not ${PAGE_NUMBER_GAP_MM}`);
    const inset = page % 2 === 1 ? BLOCK.right - ink.right : ink.left - BLOCK.left;
    if (Math.abs(inset - PAGE_NUMBER_PT) > 1.5 * PT_PER_MM)
      problems.push(
        `page ${page}: page number ${(inset / PT_PER_MM).toFixed(1)} mm in from the ${page % 2 ? 'right' : 'left'}`,
      );
  }
  return problems;
}
