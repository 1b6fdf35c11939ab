/**
 * Pages drawn by hand for the PDF layout tests: ruled tables (cell borders as a PDF draws them, either one
 * rectangle edge per cell as Chromium does or one long line per row border as LibreOffice does) and text
 * items where a PDF would put them, in any order.
 */
import type { PdfPageContent, PdfRule, PdfTextItem } from '../../../shared/import/pdf-layout';

export const A4 = { width: 595, height: 842 };

/** Width of a text run as a CJK font sets it: ideographs one em, digits and Latin about half. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\x20-\x7e]/.test(ch) ? 0.55 * size : size;
  return w;
}

export interface DrawnCell {
  r: number;
  c: number;
  rowSpan?: number;
  colSpan?: number;
  /** the cell's text as it is set, one string per printed line */
  lines: string[];
}

export interface TableSpec {
  left: number;
  top: number;
  colWidths: number[];
  rowHeights: number[];
  cells: DrawnCell[];
  size?: number;
  /** 'cells': every cell's four edges (Chromium); 'lines': one line per border run (LibreOffice) */
  borders?: 'cells' | 'lines';
  valign?: 'middle' | 'top';
  align?: 'left' | 'center';
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function drawTable(spec: TableSpec): { items: PdfTextItem[]; rules: PdfRule[]; bottom: number } {
  const size = spec.size ?? 10.5;
  const lineHeight = size * 1.5;
  const xs = spec.colWidths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1]! + w], [spec.left]);
  const ys = spec.rowHeights.reduce<number[]>((acc, h) => [...acc, acc[acc.length - 1]! + h], [spec.top]);
  const items: PdfTextItem[] = [];
  const rules: PdfRule[] = [];
  for (const cell of spec.cells) {
    const [x0, x1] = [xs[cell.c]!, xs[cell.c + (cell.colSpan ?? 1)]!];
    const [y0, y1] = [ys[cell.r]!, ys[cell.r + (cell.rowSpan ?? 1)]!];
    if (spec.borders !== 'lines') {
      rules.push({ x1: x0, y1: y0, x2: x1, y2: y0 + 0.75 }, { x1: x0, y1: y1, x2: x1, y2: y1 + 0.75 });
      rules.push({ x1: x0, y1: y0, x2: x0 + 0.75, y2: y1 }, { x1: x1, y1: y0, x2: x1 + 0.75, y2: y1 });
    }
    const blockTop = spec.valign === 'top' ? y0 + 3 : y0 + (y1 - y0 - cell.lines.length * lineHeight) / 2;
    cell.lines.forEach((text, i) => {
      const width = textWidth(text, size);
      const x = spec.align === 'left' ? x0 + 3 : x0 + (x1 - x0 - width) / 2;
      items.push({ text, x, y: blockTop + i * lineHeight + size * 1.1, width, size });
    });
  }
  if (spec.borders === 'lines') {
    // a border line per grid line, interrupted where a merged cell covers it
    const covered = (r: number, c: number, dir: 'h' | 'v') =>
      spec.cells.some((cell) => {
        const r1 = cell.r + (cell.rowSpan ?? 1);
        const c1 = cell.c + (cell.colSpan ?? 1);
        return dir === 'h'
          ? cell.r < r && r < r1 && cell.c <= c && c < c1
          : cell.c < c && c < c1 && cell.r <= r && r < r1;
      });
    ys.forEach((y, r) => {
      let from: number | null = null;
      for (let c = 0; c <= spec.colWidths.length; c++) {
        const open = c < spec.colWidths.length && !covered(r, c, 'h');
        if (open && from === null) from = xs[c]!;
        if (!open && from !== null) {
          rules.push({ x1: from, y1: y, x2: xs[c]!, y2: y });
          from = null;
        }
      }
    });
    xs.forEach((x, c) => {
      for (let r = 0; r < spec.rowHeights.length; r++)
        if (!covered(r, c, 'v')) rules.push({ x1: x, y1: ys[r]!, x2: x, y2: ys[r + 1]! });
    });
  }
  return { items, rules, bottom: spec.top + sum(spec.rowHeights) };
}

/** Body text lines: the first indented two characters, the others from the margin, every line but the last full. */
export function drawParagraph(
  text: string,
  top: number,
  options: { left?: number; right?: number; size?: number; indent?: number } = {},
): { items: PdfTextItem[]; bottom: number } {
  const size = options.size ?? 16;
  const left = options.left ?? 80;
  const right = options.right ?? 515;
  const items: PdfTextItem[] = [];
  let y = top + size;
  let rest = [...text];
  let first = true;
  while (rest.length > 0) {
    const x = left + (first ? (options.indent ?? 2) * size : 0);
    const fit = Math.floor((right - x) / size);
    const line = rest.slice(0, fit).join('');
    rest = rest.slice(fit);
    // justified: every full line ends at the right edge
    const width = rest.length > 0 ? right - x : textWidth(line, size);
    items.push({ text: line, x, y, width, size });
    y += size * 1.8;
    first = false;
  }
  return { items, bottom: y - size };
}

export function page(items: PdfTextItem[], rules: PdfRule[] = []): PdfPageContent {
  return { ...A4, items, rules };
}

/** A deterministic shuffle (the order a PDF stores its items says nothing). */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
