/** Form paths of the report fields, so components and findings agree on where a value lives. */
import type { Path } from 'react-hook-form';
import { parseCellId, type CellId } from '../../shared/format';
import type { Report } from '../../shared/report';

export type ReportPath = Path<Report>;

export function cellPath(id: CellId | string): ReportPath {
  const p = parseCellId(id);
  if (!p) throw new Error(`bad cell id ${id}`);
  return `tables.${p.table}.${p.row}.${p.column}` as ReportPath;
}

export function prosePath(section: 'overview' | 'problems' | 'other', part: string): ReportPath {
  return `prose.${section}.${part}` as ReportPath;
}

/** The DOM hook a finding jumps to: every cell input carries data-cell, every text field data-field. */
export function cellSelector(id: string): string {
  return `[data-cell="${id}"]`;
}
export function fieldSelector(path: string): string {
  return `[data-field="${path}"]`;
}
