/** The kinds of file an import reads, and their names for the clerk (dialog, CLI, 多单位核对 overview). */
export const IMPORT_FORMATS = ['text', 'html', 'docx', 'json', 'pdf', 'doc'] as const;
export type ImportFormatName = (typeof IMPORT_FORMATS)[number];

export const IMPORT_FORMAT_LABEL: Readonly<Record<ImportFormatName, string>> = {
  text: '纯文本',
  html: '网页',
  docx: 'Word 文档',
  json: '年报助手报告文件',
  pdf: 'PDF 文件',
  doc: 'Word 97–2003 文档',
};

/**
 * The file names an import takes, for the file choosers and for picking reports out of a folder (a folder
 * of published reports also holds pictures and spreadsheets). A file named on its own is read whatever
 * its name: its content decides.
 */
export const REPORT_FILE_EXTENSIONS: readonly string[] = [
  '.docx',
  '.doc',
  '.wps',
  '.pdf',
  '.html',
  '.htm',
  '.shtml',
  '.txt',
  '.nianbao.json',
  '.json',
];

/** The same list for the clerk: one line under a file chooser or in a refusal. */
export const REPORT_FILE_KINDS_HINT =
  'Word（.docx/.doc）、PDF（有文字层）、网页（.html）、纯文本（.txt）和年报助手报告文件（.nianbao.json）';

export function isReportFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.startsWith('~$') && REPORT_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
