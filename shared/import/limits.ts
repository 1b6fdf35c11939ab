/**
 * Every limit of the importers, named once with its reason, and the Chinese refusal each one gives.
 * A yearly report is 5 000–20 000 characters of text, six tables of at most ~30 rows × 14 columns, and
 * 0.05–2 MB as a file (a few MB with a seal or a chart); the limits sit far above what any real report
 * needs and far below what would exhaust the store process (each input is bounded before the work that
 * grows with it: file bytes before reading, inflated bytes while unzipping, nodes and depth while
 * parsing markup, table cells while spreading merged cells).
 */
import { ApiError } from '../errors';
import type { ImportFormatName } from './formats';

const MB = 1024 * 1024;

/**
 * File size per format. Text and report files are almost only the report's characters (a report is
 * ~60 KB as UTF-8); a web page adds markup and sometimes inline images; .docx, .doc and PDF carry
 * embedded fonts and pictures. Past these sizes a file is not a report, and reading it would cost
 * memory for nothing.
 */
export const MAX_FILE_BYTES: Readonly<Record<ImportFormatName, number>> = {
  text: 10 * MB,
  json: 20 * MB,
  html: 20 * MB,
  docx: 50 * MB,
  doc: 20 * MB,
  // 50 MB also stays under the import channel's limit (UI → store process, base64)
  pdf: 50 * MB,
};

/** The largest of the per-format limits: a file above it is refused before it is read at all. */
export const MAX_IMPORT_FILE_BYTES = Math.max(...Object.values(MAX_FILE_BYTES));

/**
 * Characters of report text handed to the text parser (read from a .txt, or converted from a page, a
 * Word file or a PDF): a report has 5 000–20 000, a page copied whole with its navigation ~100 000.
 */
export const MAX_REPORT_TEXT_CHARS = 1_000_000;

/**
 * Inflated bytes of the XML parts read from one .docx (document, numbering, styles), counted while
 * inflating, whatever the zip declares: a report's document.xml is 0.1–3 MB. A zip bomb (a 327 KB file
 * inflating to 320 MB) stops here, before the rest is inflated.
 */
export const MAX_DOCX_XML_BYTES = 32 * MB;
/**
 * Inflated ÷ compressed size of one part, once the part is larger than MIN_RATIO_CHECKED_BYTES. Word's
 * XML compresses 5–20 times; a bomb's filler 1 000 times and more.
 */
export const MAX_ZIP_RATIO = 200;
/** Small parts may compress extremely well (a list of empty paragraphs) and cost nothing to inflate. */
export const MIN_RATIO_CHECKED_BYTES = 1 * MB;

/**
 * Elements and text nodes of one web page or one Word XML part: a report's document.xml has 20 000–
 * 100 000, a portal page 5 000–50 000. The tree is built in memory, so the count bounds its size.
 */
export const MAX_MARKUP_NODES = 500_000;
/**
 * Nesting depth of elements: a real page or Word part nests 10–60 deep (tables in tables included).
 * Bounding it keeps every walk over the tree within the call stack.
 */
export const MAX_MARKUP_DEPTH = 256;

/** Longest spans honoured in a web page's table; larger values in broken markup are read as this. */
export const MAX_COLSPAN = 100;
export const MAX_ROWSPAN = 1000;
/** Longest w:gridSpan (and w:gridBefore) honoured in a Word table. */
export const MAX_GRID_SPAN = 100;
/**
 * Cells of all tables of one file together, once merged cells are spread out (rows × columns, every row
 * padded to the widest): the official tables hold ~1 500, a page laid out in tables tens of thousands.
 * Spans are capped per cell, but a few hundred rows of wide spans would still grow past gigabytes.
 */
export const MAX_TABLE_CELLS = 300_000;

/** A yearly report runs 5–15 pages; 100 leaves room for annexes while bounding the work per PDF. */
export const MAX_PDF_PAGES = 100;
/**
 * Text items read from one PDF. A 20-page report is about 10 000 items even when every glyph is its own item
 * (LibreOffice writes letter-spaced Chinese glyph by glyph); twenty times that is no report.
 */
export const MAX_PDF_TEXT_ITEMS = 200_000;

/**
 * Lines grouped per PDF page are compared pairwise to find which touch: bounded, so a page drawn with a
 * hatch pattern or a chart of thousands of strokes cannot stall the import (its tables read as text).
 */
export const MAX_PDF_RULES_PER_PAGE = 4_000;

/** Word's automatic numbers: start values go up to 32 767 in Word itself, levels are 0–8. */
export const MAX_LIST_NUMBER = 32_767;
export const MAX_LIST_LEVEL = 8;

/**
 * The widest official table has 15 value columns (表四) and 表三 ten grid columns; flattening, a 小计
 * column and trailing tabs add a few. A text row far beyond that is not a report table (a log, a data
 * dump, a pasted spreadsheet) and reading it cell by cell would only cost time.
 */
export const MAX_CELLS_PER_ROW = 200;
/** An import note lists cells up to this length, then says how many more: 200 cells named in full would bury the dialog. */
export const MAX_NOTE_CHARS = 1200;
/** Any one import note, whatever it quotes, is cut here (the notes are read in a dialog and a terminal). */
export const MAX_ISSUE_MESSAGE_CHARS = 2000;
/** Import notes of one file: more than this many say the file is not a report; the rest are counted. */
export const MAX_ISSUES = 300;

const FORMAT_NAME: Readonly<Record<ImportFormatName, string>> = {
  text: '纯文本文件',
  json: '报告文件',
  html: '网页文件',
  docx: 'Word 文档（.docx）',
  doc: 'Word 97–2003 文档（.doc）',
  pdf: 'PDF 文件',
};

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}

const CHECK_THE_FILE = '请确认选择的是本机关的政府信息公开工作年度报告';

/** A file larger than its format's limit (or than every limit, before it is read). */
export function fileTooLarge(bytes: number, format: ImportFormatName | null): ApiError {
  const limit = format === null ? MAX_IMPORT_FILE_BYTES : MAX_FILE_BYTES[format];
  const what = format === null ? '文件' : FORMAT_NAME[format];
  return new ApiError(
    'PARSE_FAILED',
    `${what}大于 ${megabytes(limit)}（${megabytes(bytes)}），超过导入的大小上限，不像一份年度报告，未导入。${CHECK_THE_FILE}；如报告中有大量图片，请在 Word 或 WPS 中删去图片后另存为 .docx 再导入，或复制报告文字粘贴到纯文本文件（.txt）中导入。`,
  );
}

/** Report text longer than MAX_REPORT_TEXT_CHARS. */
export function textTooLong(chars: number, source: string): ApiError {
  return new ApiError(
    'PARSE_FAILED',
    `${source}的文字有 ${chars.toLocaleString('en-US')} 个字符，超过导入上限 ${MAX_REPORT_TEXT_CHARS.toLocaleString('en-US')} 个字符（一份年度报告约 2 万字），不像一份年度报告，未导入。${CHECK_THE_FILE}；如文件中还有其他内容，请只复制报告部分粘贴到纯文本文件（.txt）中导入。`,
  );
}

/** A .docx whose parts inflate past MAX_DOCX_XML_BYTES or MAX_ZIP_RATIO (declared or actual). */
export function zipTooLarge(detail: string): ApiError {
  return new ApiError(
    'PARSE_FAILED',
    `Word 文档解压后过大（${detail}），可能已损坏或是恶意构造的压缩包，未导入。请在 Word 或 WPS 中打开它，另存为新的 .docx 后导入，或复制报告文字粘贴到纯文本文件（.txt）中导入。`,
  );
}

export const INFLATED_LIMIT_DETAIL = `正文超过 ${megabytes(MAX_DOCX_XML_BYTES)} 的上限`;
export const RATIO_LIMIT_DETAIL = `压缩比超过 ${MAX_ZIP_RATIO} 倍的上限`;

/** Markup with more nodes than MAX_MARKUP_NODES or deeper than MAX_MARKUP_DEPTH. */
export function markupTooComplex(source: string, detail: 'nodes' | 'depth'): ApiError {
  const limit =
    detail === 'nodes'
      ? `元素超过 ${MAX_MARKUP_NODES.toLocaleString('en-US')} 个的上限`
      : `层层嵌套超过 ${MAX_MARKUP_DEPTH} 层的上限`;
  return new ApiError(
    'PARSE_FAILED',
    `${source}的结构过于复杂（${limit}），不像一份年度报告，未导入。请在 Word 或 WPS 中打开它，另存为 .docx 后导入，或复制报告文字粘贴到纯文本文件（.txt）中导入。`,
  );
}

/** Tables that spread out past MAX_TABLE_CELLS. */
export function tablesTooLarge(source: string): ApiError {
  return new ApiError(
    'PARSE_FAILED',
    `${source}中的表格展开合并单元格后超过 ${MAX_TABLE_CELLS.toLocaleString('en-US')} 个单元格（行数 × 列数）的上限，年度报告的表格远小于此，文件可能有误，未导入。请检查表格的合并单元格，或复制报告文字粘贴到纯文本文件（.txt）中导入。`,
  );
}

/** Counts the cells of one file's tables against MAX_TABLE_CELLS. */
export class TableCellBudget {
  private used = 0;
  constructor(private readonly source: string) {}

  /** Spends `cells`; refuses the file once the budget is gone. */
  spend(cells: number): void {
    this.used += cells;
    if (this.used > MAX_TABLE_CELLS) throw tablesTooLarge(this.source);
  }
}
