/** The file name offered in the save dialog: the report title, 草稿 when it is one, the kind's extension. */
import type { ExportKind } from '../../../shared/api';
import { DRAFT_MARK } from '../../../shared/document';
import { REPORT_FILE_EXTENSION } from '../../../shared/report-file';

export const EXPORT_EXTENSIONS: Readonly<Record<ExportKind, string>> = {
  docx: '.docx',
  pdf: '.pdf',
  html: '.html',
  json: REPORT_FILE_EXTENSION,
};

/** Characters Windows refuses in a file name; control characters are dropped as well. */
const UNSAFE = /[\\/:*?"<>|]/g;
const isControl = (ch: string) => ch.charCodeAt(0) < 0x20;

export function suggestedFileName(title: string, kind: ExportKind, draft: boolean): string {
  const cleaned = [...title.replace(UNSAFE, '')].filter((ch) => !isControl(ch)).join('');
  const base = cleaned.trim().slice(0, 120) || '政府信息公开工作年度报告';
  return `${base}${draft ? `（${DRAFT_MARK}）` : ''}${EXPORT_EXTENSIONS[kind]}`;
}
