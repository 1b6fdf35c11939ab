/**
 * What kind of file the clerk chose. Content decides first (a renamed file is common: a .docx saved
 * as .txt, a web page saved without extension); the extension settles plain text against the rest.
 */
import { ApiError } from '../../../shared/api';
import { REPORT_FILE_EXTENSION } from '../../../shared/report-file';
import { decodeText } from './decode';

export type DetectedFormat = 'text' | 'html' | 'docx' | 'json' | 'pdf' | 'doc' | 'wps';

export const SUPPORTED_FORMATS_HINT = `支持的格式：Word 文档（.docx/.doc）、PDF（有文字层的，非扫描件）、网页（.html/.htm）、纯文本（.txt）和年报助手报告文件（${REPORT_FILE_EXTENSION}）。`;

export const RTF_MESSAGE =
  '这是 RTF 格式的文档，暂不支持。请在 Word 或 WPS 中打开它，点“文件 → 另存为”，文件类型选“Word 文档（*.docx）”，保存后导入。';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** %PDF- may follow a few bytes of junk (a mail gateway's or a download script's); readers look in the first KB. */
const PDF_HEADER_WINDOW = 1024;
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, PDF_HEADER_WINDOW)).includes('%PDF-');
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
  if (startsWith(bytes, OLE)) return ext === '.wps' ? 'wps' : 'doc';
  if (startsWith(bytes, PDF) || (ext === '.pdf' && hasPdfHeader(bytes))) return 'pdf';
  if (ext === '.pdf') throw new ApiError('PARSE_FAILED', `文件“${fileName}”不是有效的 PDF，可能已损坏或下载不完整。`);
  if (startsWith(bytes, RTF)) throw new ApiError('UNSUPPORTED', RTF_MESSAGE);
  if (ext === '.docx')
    throw new ApiError('PARSE_FAILED', `文件“${fileName}”不是有效的 Word（.docx）文档，可能已损坏或只是改了扩展名。`);
  if (ext === '.zip')
    throw new ApiError('PARSE_FAILED', `文件“${fileName}”不是有效的压缩包。${SUPPORTED_FORMATS_HINT}`);

  const { text } = decodeText(bytes);
  // a web page saved with a .doc name (Word's "网页" format, many sites' "下载 Word") is read as the page it is
  const legacyWord = ext === '.doc' || ext === '.wps';
  if (legacyWord && !HTML_MARKERS.test(text.slice(0, 20_000))) {
    throw new ApiError(
      'PARSE_FAILED',
      `文件“${fileName}”不是有效的 Word 97–2003（.doc）或 WPS 文档，可能已损坏或只是改了扩展名。请在 Word 或 WPS 中打开它，另存为 .docx 后导入。`,
    );
  }
  if (legacyWord) return 'html';
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
