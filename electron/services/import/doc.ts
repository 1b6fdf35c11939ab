/**
 * Word 97–2003 (.doc) and WPS (.wps) files → report text. word-extractor reads the binary Word format
 * (an OLE compound file with a WordDocument stream); the WPS Office .wps of the last twenty years is that
 * same format, older .wps files (WPS 2000, Microsoft Works) are not and are refused with a way to save them
 * as .docx. Node only; the shaping is the pure shared/import/doc-text.ts.
 */
import WordExtractor from 'word-extractor';
import { ApiError, type ImportIssue } from '../../../shared/api';
import { convertDocTextToReportText } from '../../../shared/import/doc-text';

/**
 * A report in .doc is 50–500 KB; with pictures (a seal, a chart) a few MB. 20 MB bounds the work and the
 * memory of reading a file that is clearly not a report.
 */
export const MAX_DOC_BYTES = 20 * 1024 * 1024;
/** A report's text is 5 000–20 000 characters; a body longer than this is not a report. */
export const MAX_DOC_TEXT_CHARS = 1_000_000;

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
  if (bytes.length > MAX_DOC_BYTES) {
    throw new ApiError(
      'PARSE_FAILED',
      `文件大于 ${MAX_DOC_BYTES / 1024 / 1024} MB，不像一份年度报告，未导入。请确认选择的是本机关的政府信息公开工作年度报告。`,
    );
  }
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    body = document.getBody();
  } catch {
    throw new ApiError(kind === 'wps' ? 'UNSUPPORTED' : 'PARSE_FAILED', refusal);
  }
  if (body.length > MAX_DOC_TEXT_CHARS) {
    throw new ApiError('PARSE_FAILED', `文档的文字超过 ${MAX_DOC_TEXT_CHARS} 个字符，不像一份年度报告，未导入。`);
  }
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
