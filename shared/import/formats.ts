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
