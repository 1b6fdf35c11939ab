/**
 * Word 97–2003 (.doc) and WPS (.wps) files → report text. word-extractor reads the binary Word format
 * (an OLE compound file with a WordDocument stream); the WPS Office .wps of the last twenty years is that
 * same format, older .wps files (WPS 2000, Microsoft Works) are not and are refused with a way to save them
 * as .docx. Node only; the shaping is the pure shared/import/doc-text.ts.
 */
import WordExtractor from 'word-extractor';
import { ApiError, type ImportIssue } from '../../../shared/api';
import { convertDocTextToReportText } from '../../../shared/import/doc-text';
import { IMPORT_FORMAT_LABEL } from '../../../shared/import/formats';
import { fileTooLarge, MAX_FILE_BYTES, MAX_REPORT_TEXT_CHARS, textTooLong } from '../../../shared/import/limits';

export const WPS_SAVE_AS_DOCX_MESSAGE =
  '无法读取这个 WPS 文件（.wps），它可能是旧版 WPS 或 Works 格式。请在 WPS 中打开它，点“文件 → 另存为”，文件类型选“Word 文档（*.docx）”，保存后导入新文件。';
export const BROKEN_DOC_MESSAGE =
  '无法读取这个 Word 97–2003 文档（.doc），文件可能已损坏、设有密码或不是 Word 文档。请在 Word 或 WPS 中打开它，点“文件 → 另存为”，文件类型选“Word 文档（*.docx）”，保存后导入新文件。';

export interface DocConversion {
  text: string;
  issues: ImportIssue[];
}

export async function readDocReportText(bytes: Uint8Array, kind: 'doc' | 'wps'): Promise<DocConversion> {
  const refusal = kind === 'wps' ? WPS_SAVE_AS_DOCX_MESSAGE : BROKEN_DOC_MESSAGE;
  if (bytes.length > MAX_FILE_BYTES.doc) throw fileTooLarge(bytes.length, 'doc');
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    body = document.getBody();
  } catch {
    throw new ApiError(kind === 'wps' ? 'UNSUPPORTED' : 'PARSE_FAILED', refusal);
  }
  if (body.length > MAX_REPORT_TEXT_CHARS) throw textTooLong(body.length, IMPORT_FORMAT_LABEL.doc);
  if (body.trim() === '') throw new ApiError(kind === 'wps' ? 'UNSUPPORTED' : 'PARSE_FAILED', refusal);
  const converted = convertDocTextToReportText(body);
  return {
    text: converted.text,
    issues: [
      {
        severity: 'info',
        message: `本报告从${kind === 'wps' ? ' WPS 文件（.wps）' : ' Word 97–2003 文档（.doc）'}读取：表格的行按行名重新划分，请对照原文件核对数值。`,
      },
      ...converted.issues,
    ],
  };
}
