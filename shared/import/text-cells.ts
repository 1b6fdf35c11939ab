/** Turning the value cells of one flattened table row into stored cell values, reporting what deviated. */
import type { ImportIssue } from '../api';
import { describeCell, type CellId, type NumberKind } from '../format';
import { normalizeNumber, type Cell } from '../report';
import { isLabelCell } from './text-labels';

export interface TableLine {
  /** 1-based line number in the source */
  line: number;
  cells: string[];
}

export function where(line: number): string {
  return `第${line}行`;
}

/** Splits a row into its label cells and its value cells (everything after the last label cell). */
export function splitRow(cells: readonly string[]): { labels: string[]; values: string[] } {
  let last = -1;
  cells.forEach((c, i) => {
    if (isLabelCell(c)) last = i;
  });
  const labels = cells
    .slice(0, last + 1)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  // A label repeated into the cells a merged label covers says nothing new.
  const distinct = labels.filter((c, i) => i === 0 || c !== labels[i - 1]);
  return { labels: distinct, values: cells.slice(last + 1).map((c) => c.trim()) };
}

/**
 * Exactly n value cells: padding cells that a flattened merged cell leaves at either end are dropped;
 * too few or too many is reported, never silently shifted.
 */
export function fitValues(
  values: readonly string[],
  n: number,
  at: TableLine,
  what: string,
  issues: ImportIssue[],
): string[] {
  const v = [...values];
  while (v.length > n && v[0] === '') v.shift();
  while (v.length > n && v[v.length - 1] === '') v.pop();
  if (v.length > n) {
    issues.push({
      severity: 'warning',
      where: where(at.line),
      message: `${what}应有${n}个数值，实际有${v.length}个（${v.join('、')}），已取前${n}个，请核对`,
    });
    return v.slice(0, n);
  }
  if (v.length < n) {
    issues.push({
      severity: 'warning',
      where: where(at.line),
      message: `${what}应有${n}个数值，只有${v.length}个，缺少的单元格留空`,
    });
    while (v.length < n) v.push('');
  }
  return v;
}

/** A printed value as stored: canonical when it is a valid number, otherwise kept as printed (CELL-DOMAIN flags it). */
export function importValue(raw: string, id: CellId, kind: NumberKind, at: TableLine, issues: ImportIssue[]): Cell {
  const r = normalizeNumber(raw, kind);
  if (r.ok) return r.value;
  issues.push({
    severity: 'warning',
    where: where(at.line),
    message: `${describeCell(id)}的“${raw}”不是有效数值（${r.message}），已按原样保留，请核对`,
  });
  return raw.slice(0, 64);
}
