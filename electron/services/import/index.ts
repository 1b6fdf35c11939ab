/**
 * One entry for every importable file: decide what the bytes are (by content first, the file name
 * second), turn HTML, .docx, PDF and .doc into the report-text shape, and parse with the one text parser.
 * Node only (jszip, pdf.js, word-extractor); never imports electron.
 */
import { ApiError, type ImportIssue, type ImportQuestion, type ImportSummaryRow } from '../../../shared/api';
import type { ImportFormatName } from '../../../shared/import/formats';
import { convertHtmlToReportText } from '../../../shared/import/html';
import { parseReportFile } from '../../../shared/report-file';
import { parseReportText } from '../../../shared/import/text';
import type { Report } from '../../../shared/report';
import { decodeHtml, decodeText, type DecodedText } from './decode';
import { detectFormat } from './detect';
import { readDocReportText } from './doc';
import { readDocxReportText } from './docx';
import { readPdfReportText } from './pdf';

/** A .wps that could be read is Word 97–2003 inside, and is reported as such. */
export type ImportFormat = ImportFormatName;

export interface ImportedFile {
  format: ImportFormat;
  report: Report;
  issues: ImportIssue[];
  /** organ, year, kind or 规章制定权 the file did not decide: asked before the report is stored */
  questions: ImportQuestion[];
  /** the import report per part (absent for a report file, which is read whole) */
  summary?: ImportSummaryRow[];
}

/** What the HTML or .docx conversion left out belongs to the first row (title and page) of the summary. */
function withConversionNotes(summary: ImportSummaryRow[], notes: readonly ImportIssue[]): ImportSummaryRow[] {
  if (notes.length === 0 || summary.length === 0) return summary;
  const [first, ...rest] = summary;
  return [
    {
      ...first!,
      normalised: [...notes.filter((i) => i.severity !== 'error').map((i) => i.message), ...first!.normalised],
    },
    ...rest,
  ];
}

function encodingIssue(decoded: DecodedText): ImportIssue[] {
  if (decoded.encoding === 'gb18030') {
    return [
      { severity: 'info', message: '文件按 GB18030（GBK）编码读取；如有乱码，请将文件另存为 UTF-8 后重新导入。' },
    ];
  }
  return [];
}

/** The text parser is the other engineers' code: an unexpected failure still reaches the clerk in Chinese. */
function parseText(text: string): ReturnType<typeof parseReportText> {
  try {
    return parseReportText(text);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('PARSE_FAILED', `无法识别报告内容：${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The text parser numbers the lines of the text it was given; for a web page or a Word file that text
 * is our conversion, which the clerk never sees, so a line number there would mislead.
 */
function withoutConvertedLineNumbers(issues: readonly ImportIssue[]): ImportIssue[] {
  return issues.map(({ where, ...rest }) =>
    where === undefined || /^第\s*\d+\s*行$/.test(where) ? rest : { ...rest, where },
  );
}

export async function parseImportBytes(fileName: string, bytes: Uint8Array): Promise<ImportedFile> {
  const detected = detectFormat(fileName, bytes);
  if (detected === 'docx' || detected === 'pdf' || detected === 'doc' || detected === 'wps') {
    const format = detected === 'wps' ? 'doc' : detected;
    const converted =
      detected === 'docx'
        ? await readDocxReportText(bytes)
        : detected === 'pdf'
          ? await readPdfReportText(bytes)
          : await readDocReportText(bytes, detected);
    const parsed = parseText(converted.text);
    return {
      format,
      report: parsed.report,
      issues: [...converted.issues, ...withoutConvertedLineNumbers(parsed.issues)],
      questions: parsed.questions,
      summary: withConversionNotes(parsed.summary, converted.issues),
    };
  }
  const format = detected;
  const decoded = format === 'html' ? decodeHtml(bytes) : decodeText(bytes);
  const before = encodingIssue(decoded);
  if (format === 'json') {
    const parsed = parseReportFile(decoded.text);
    // a report file states organ, year and kind itself
    return { format, report: parsed.report, issues: [...before, ...parsed.issues], questions: [] };
  }
  if (format === 'html') {
    const converted = convertHtmlToReportText(decoded.text);
    const parsed = parseText(converted.text);
    return {
      format,
      report: parsed.report,
      issues: [...before, ...converted.issues, ...withoutConvertedLineNumbers(parsed.issues)],
      questions: parsed.questions,
      summary: withConversionNotes(parsed.summary, [...before, ...converted.issues]),
    };
  }
  const parsed = parseText(decoded.text);
  return {
    format,
    report: parsed.report,
    issues: [...before, ...parsed.issues],
    questions: parsed.questions,
    summary: withConversionNotes(parsed.summary, before),
  };
}
