/**
 * What kind of file the clerk chose. Content decides first (a renamed file is common: a .docx saved
 * as .txt, a web page saved without extension); the extension settles plain text against the rest.
 */
import { ApiError } from '../../../shared/api';
import { REPORT_FILE_EXTENSION } from '../../../shared/import/json';
import { decodeText } from './decode';

export type DetectedFormat = 'text' | 'html' | 'docx' | 'json';

export const SUPPORTED_FORMATS_HINT = `支持的格式：Word 文档（.docx）、网页（.html/.htm）、纯文本（.txt）和年报助手报告文件（${REPORT_FILE_EXTENSION}）。`;

export const LEGACY_DOC_MESSAGE = '暂不支持 .doc 格式，请在 Word 或 WPS 中另存为 .docx 后导入';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  if (base.toLowerCase().endsWith(REPORT_FILE_EXTENSION)) return REPORT_FILE_EXTENSION;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

const HTML_MARKERS = /<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|table[\s>]|div[\s>]|p[\s>])/i;

/** Control characters other than tab, line breaks and form feed mean the bytes are not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x09 || (code > 0x0d && code < 0x20)) controls++;
  }
  return controls > 0 && controls / sample.length > 0.01;
}

export function detectFormat(fileName: string, bytes: Uint8Array): DetectedFormat {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) throw new ApiError('PARSE_FAILED', `文件“${fileName}”是空的，没有可导入的内容。`);
  if (startsWith(bytes, ZIP)) return 'docx';
  if (startsWith(bytes, OLE) || ext === '.doc') throw new ApiError('UNSUPPORTED', LEGACY_DOC_MESSAGE);
  if (startsWith(bytes, PDF) || ext === '.pdf') {
    throw new ApiError(
      'UNSUPPORTED',
      '暂不支持直接导入 PDF 文件，请导入报告的 Word 文档或网页，或从 PDF 中复制文字保存为 .txt 后导入。',
    );
  }
  if (ext === '.docx')
    throw new ApiError('PARSE_FAILED', `文件“${fileName}”不是有效的 Word（.docx）文档，可能已损坏或只是改了扩展名。`);
  if (ext === '.zip')
    throw new ApiError('PARSE_FAILED', `文件“${fileName}”不是有效的压缩包。${SUPPORTED_FORMATS_HINT}`);

  const { text } = decodeText(bytes);
  if (looksBinary(text))
    throw new ApiError('PARSE_FAILED', `无法识别文件“${fileName}”的格式。${SUPPORTED_FORMATS_HINT}`);
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (ext === '.mht' || ext === '.mhtml' || /^(MIME-Version|From:.*\n.*Subject:)/i.test(head.slice(0, 500))) {
    throw new ApiError(
      'UNSUPPORTED',
      '暂不支持网页归档（.mht）文件，请在浏览器中将网页另存为“网页，仅 HTML”（.html）后导入。',
    );
  }
  if (head.startsWith('{') || ext === REPORT_FILE_EXTENSION || ext === '.json') return 'json';
  if (ext === '.html' || ext === '.htm' || ext === '.shtml') return 'html';
  // a report copied as text may quote a tag somewhere; a page saved as .txt starts with its markup
  const markupAt = ext === '.txt' ? head.slice(0, 2_000) : head.slice(0, 20_000);
  if ((ext !== '.txt' || head.startsWith('<')) && HTML_MARKERS.test(markupAt)) return 'html';
  return 'text';
}
