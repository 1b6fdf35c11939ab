/**
 * The ruled tables of one PDF page: the drawn lines (cell borders) → a grid of rows and columns, merged
 * cells where a border is missing, and the text items placed into the cells by position. A row comes out
 * in the report-text shape: its cells from left to right, a merged cell's text once (in the first row it
 * covers, empty in the rows below), so the one text parser reads it like a table from a web page or a
 * Word file.
 */
import { groupLines, itemCentreX, itemCentreY, lineText, type PdfTextItem } from './pdf-lines';
import { MAX_PDF_RULES_PER_PAGE } from './limits';

/** A drawn straight line (a stroke, or a filled rectangle thin enough to be one), page coordinates from the top-left. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface Segment {
  /** y of a horizontal line, x of a vertical one */
  at: number;
  from: number;
  to: number;
}

export interface PdfTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  rows: string[][];
  /** text the grid could not put into one cell, for the import issues */
  unplaced: string[];
}

/**
 * Borders closer than this (points) are one border: a 1-pixel rule is a rectangle whose two edges differ by
 * 0.75 pt, and double-drawn borders of neighbouring cells differ by about as much.
 */
const SAME_BORDER = 2.5;
/** A line drawn thinner than this (points) is a rule, not a shaded box. */
const RULE_THICKNESS = 3;
/** A border counts for a cell edge when it is drawn along at least this share of the edge. */
const BORDER_COVERAGE = 0.5;
export { MAX_PDF_RULES_PER_PAGE };

function segments(rules: readonly PdfRule[]): { horizontal: Segment[]; vertical: Segment[] } {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  for (const r of rules) {
    const dx = Math.abs(r.x2 - r.x1);
    const dy = Math.abs(r.y2 - r.y1);
    if (![r.x1, r.x2, r.y1, r.y2].every(Number.isFinite)) continue;
    if (dy <= RULE_THICKNESS && dx > dy)
      horizontal.push({ at: (r.y1 + r.y2) / 2, from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2) });
    else if (dx <= RULE_THICKNESS && dy > dx)
      vertical.push({ at: (r.x1 + r.x2) / 2, from: Math.min(r.y1, r.y2), to: Math.max(r.y1, r.y2) });
  }
  return { horizontal, vertical };
}

function unionFind(n: number): { find: (i: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return { find, union: (a, b) => void (parent[find(a)] = find(b)) };
}

const touches = (a: Segment, b: Segment) =>
  Math.abs(a.at - b.at) <= SAME_BORDER && a.from <= b.to + SAME_BORDER && b.from <= a.to + SAME_BORDER;
const crosses = (h: Segment, v: Segment) =>
  v.at >= h.from - SAME_BORDER &&
  v.at <= h.to + SAME_BORDER &&
  h.at >= v.from - SAME_BORDER &&
  h.at <= v.to + SAME_BORDER;

/** Groups of lines that touch one another; each with borders both ways is one table. */
function ruledGroups(horizontal: Segment[], vertical: Segment[]): Array<{ h: Segment[]; v: Segment[] }> {
  const all = [...horizontal.map((s) => ({ s, h: true })), ...vertical.map((s) => ({ s, h: false }))];
  const uf = unionFind(all.length);
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      const linked = a.h === b.h ? touches(a.s, b.s) : a.h ? crosses(a.s, b.s) : crosses(b.s, a.s);
      if (linked) uf.union(i, j);
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((e, i) => {
    const root = uf.find(i);
    const g = groups.get(root) ?? { h: [], v: [] };
    (e.h ? g.h : g.v).push(e.s);
    groups.set(root, g);
  });
  return [...groups.values()];
}

/** Distinct border positions, nearby ones merged. */
function positions(segs: readonly Segment[]): number[] {
  const sorted = segs.map((s) => s.at).sort((a, b) => a - b);
  const out: number[][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p - last[0]! <= SAME_BORDER) last.push(p);
    else out.push([p]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/** The segments on each grid line (by index into `lines`): a lookup stays proportional to that line's segments. */
function byLine(segs: readonly Segment[], lines: readonly number[]): Segment[][] {
  const out: Segment[][] = lines.map(() => []);
  for (const s of segs) {
    const i = nearest(lines, s.at);
    if (Math.abs(lines[i]! - s.at) <= SAME_BORDER) out[i]!.push(s);
  }
  return out;
}

/** Is the grid line drawn (mostly) between `from` and `to`? */
function drawn(segs: readonly Segment[], from: number, to: number): boolean {
  let covered = 0;
  for (const s of segs) covered += Math.max(0, Math.min(to, s.to) - Math.max(from, s.from));
  return covered >= BORDER_COVERAGE * (to - from);
}

/** Index of the position closest to p (positions sorted). */
function nearest(sorted: readonly number[], p: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid + 1]! <= p) lo = mid + 1;
    else if (sorted[mid]! >= p) hi = mid;
    else return p - sorted[mid]! <= sorted[mid + 1]! - p ? mid : mid + 1;
  }
  return lo;
}

/** The band of the grid (between bounds[i] and bounds[i + 1]) that holds p; the outer bands take what lies beyond. */
function indexIn(bounds: readonly number[], p: number): number {
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * An item that runs over a drawn column border holds the text of several cells ("0 0 0" written as one
 * run): its space-separated pieces are placed one by one at their share of the width.
 */
function piecesOf(item: PdfTextItem): PdfTextItem[] {
  const text = item.text;
  const out: PdfTextItem[] = [];
  const perChar = text.length > 0 ? item.width / text.length : 0;
  for (const m of text.matchAll(/\S+/g)) {
    out.push({ ...item, text: m[0], x: item.x + perChar * m.index, width: perChar * m[0].length });
  }
  return out;
}

interface Grid {
  h: Segment[];
  v: Segment[];
  ys: number[];
  xs: number[];
  items: PdfTextItem[];
}

const contains = (g: Grid, x: number, y: number) =>
  x >= g.xs[0]! - SAME_BORDER &&
  x <= g.xs[g.xs.length - 1]! + SAME_BORDER &&
  y >= g.ys[0]! - SAME_BORDER &&
  y <= g.ys[g.ys.length - 1]! + SAME_BORDER;

function buildTable({ h, v, ys, xs, items }: Grid): PdfTable {
  const rowCount = ys.length - 1;
  const colCount = xs.length - 1;
  const [top, bottom, left, right] = [ys[0]!, ys[rowCount]!, xs[0]!, xs[colCount]!];
  const vertical = byLine(v, xs);
  const horizontal = byLine(h, ys);
  // column line c drawn along row r; row line r drawn along column c
  const columnLine = ys.slice(0, -1).map((_, r) => xs.map((_, c) => drawn(vertical[c]!, ys[r]!, ys[r + 1]!)));
  const rowLine = ys.map((_, r) => xs.slice(0, -1).map((_, c) => drawn(horizontal[r]!, xs[c]!, xs[c + 1]!)));
  // which grid boxes form one cell: neighbours with no border drawn between them
  const uf = unionFind(rowCount * colCount);
  const box = (r: number, c: number) => r * colCount + c;
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < colCount; c++) {
      if (c + 1 < colCount && !columnLine[r]![c + 1]) uf.union(box(r, c), box(r, c + 1));
      if (r + 1 < rowCount && !rowLine[r + 1]![c]) uf.union(box(r, c), box(r + 1, c));
    }
  }
  const firstRowOf = new Map<number, number>();
  for (let r = 0; r < rowCount; r++)
    for (let c = 0; c < colCount; c++) if (!firstRowOf.has(uf.find(box(r, c)))) firstRowOf.set(uf.find(box(r, c)), r);

  const cellItems = new Map<number, PdfTextItem[]>();
  const unplaced: string[] = [];
  for (const item of items) {
    if (item.text.trim() === '') continue;
    const r = indexIn(ys, itemCentreY(item));
    const first = indexIn(xs, item.x + 0.25 * Math.min(item.size, item.width));
    const last = indexIn(xs, item.x + item.width - 0.25 * Math.min(item.size, item.width));
    const crossesBorder = columnLine[r]!.slice(first + 1, last + 1).some(Boolean);
    const pieces = crossesBorder ? piecesOf(item) : [item];
    for (const piece of pieces) {
      const c = indexIn(xs, itemCentreX(piece));
      const pieceFirst = indexIn(xs, piece.x + 0.25 * Math.min(piece.size, piece.width));
      const pieceLast = indexIn(xs, piece.x + piece.width - 0.25 * Math.min(piece.size, piece.width));
      if (crossesBorder && pieceFirst !== pieceLast && uf.find(box(r, pieceFirst)) !== uf.find(box(r, pieceLast)))
        unplaced.push(piece.text);
      const key = uf.find(box(r, c));
      const list = cellItems.get(key);
      if (list) list.push(piece);
      else cellItems.set(key, [piece]);
    }
  }

  const rows: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells: string[] = [];
    for (let c = 0; c < colCount; c++) {
      const key = uf.find(box(r, c));
      // a cell merged across columns is one cell of its row
      if (c > 0 && uf.find(box(r, c - 1)) === key) continue;
      const own = firstRowOf.get(key) === r;
      // lines of one cell follow one another without a break: a label or a number wrapped in a narrow column
      cells.push(
        own
          ? groupLines(cellItems.get(key) ?? [])
              .map((l) => lineText(l.items))
              .join('')
          : '',
      );
    }
    if (cells.some((c) => c !== '')) rows.push(cells);
  }
  return { top, bottom, left, right, rows, unplaced };
}

/**
 * The page's ruled tables, top to bottom, and the items outside them. A group of lines is a table when it
 * has at least two borders each way (a lone rule under a heading is not).
 */
export function findTables(
  items: readonly PdfTextItem[],
  rules: readonly PdfRule[],
): { tables: PdfTable[]; rest: PdfTextItem[] } {
  if (rules.length > MAX_PDF_RULES_PER_PAGE) return { tables: [], rest: [...items] };
  const { horizontal, vertical } = segments(rules);
  const grids: Grid[] = [];
  for (const { h, v } of ruledGroups(horizontal, vertical)) {
    const ys = positions(h);
    const xs = positions(v);
    if (ys.length >= 2 && xs.length >= 2) grids.push({ h, v, ys, xs, items: [] });
  }
  // each item to the first table it lies in (by its centre), once
  const rest: PdfTextItem[] = [];
  for (const item of items) {
    const grid = grids.find((g) => contains(g, itemCentreX(item), itemCentreY(item)));
    if (grid) grid.items.push(item);
    else rest.push(item);
  }
  const tables = grids.map(buildTable);
  tables.sort((a, b) => a.top - b.top);
  return { tables, rest };
}
