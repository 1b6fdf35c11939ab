/**
 * The columns of the overview, written once: the console table, the CSV, the .xlsx sheet and the
 * 多单位核对 page all show these headers in this order.
 */
import { IMPORT_FORMAT_LABEL } from '../import/formats';
import { UNIT_STATUS_LABEL, type OverviewRow } from './overview';

export interface OverviewColumn {
  key: string;
  label: string;
  value(row: OverviewRow): string | number;
  /** width in characters in the .xlsx sheet (CJK counts double) */
  width: number;
}

export const OVERVIEW_COLUMNS: readonly OverviewColumn[] = [
  { key: 'file', label: '文件', value: (r) => r.file, width: 40 },
  { key: 'organ', label: '机关', value: (r) => r.organ, width: 30 },
  { key: 'kind', label: '类型', value: (r) => r.kind ?? '', width: 10 },
  { key: 'year', label: '年度', value: (r) => (r.year === null ? '' : r.year), width: 7 },
  { key: 'status', label: '状态', value: (r) => UNIT_STATUS_LABEL[r.status], width: 9 },
  { key: 'errors', label: '错误', value: (r) => r.errors, width: 6 },
  { key: 'warnings', label: '警告', value: (r) => r.warnings, width: 6 },
  { key: 'findingIds', label: '问题编号', value: (r) => r.findingIds.join(' '), width: 36 },
  { key: 'importNotes', label: '导入说明', value: (r) => r.importNotes, width: 9 },
  { key: 'format', label: '格式', value: (r) => (r.format === null ? '' : IMPORT_FORMAT_LABEL[r.format]), width: 9 },
  { key: 'prior', label: '上年度报告', value: (r) => r.prior ?? '', width: 30 },
  { key: 'message', label: '无法读取的原因', value: (r) => r.message ?? '', width: 50 },
];

function csvField(value: string | number): string {
  const text = String(value);
  // a leading = + - @ would make a spreadsheet run the field as a formula
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 CSV with a byte-order mark, so that Excel on a Chinese Windows opens it without garbling. */
export function overviewCsv(rows: readonly OverviewRow[]): string {
  const lines = [OVERVIEW_COLUMNS.map((c) => csvField(c.label)).join(',')];
  for (const row of rows) lines.push(OVERVIEW_COLUMNS.map((c) => csvField(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
