/**
 * A .docx is a zip; its text lives in word/document.xml, automatic numbers in word/numbering.xml and
 * word/styles.xml. Unzip here (Node side) and hand the XML to the pure converter, so the shared code
 * never deals with archives.
 */
import JSZip from 'jszip';
import { ApiError } from '../../../shared/api';
import { convertDocxXmlToReportText, type DocxConversion } from '../../../shared/import/docx-xml';
import {
  INFLATED_LIMIT_DETAIL,
  MAX_DOCX_XML_BYTES,
  MAX_ZIP_RATIO,
  MIN_RATIO_CHECKED_BYTES,
  RATIO_LIMIT_DETAIL,
  zipTooLarge,
} from '../../../shared/import/limits';

const DOCUMENT_PART = 'word/document.xml';
const NOT_A_DOCX =
  '文件不是有效的 Word（.docx）文档：压缩包中没有正文（word/document.xml）。如果是 WPS 或其他格式，请在 Word 或 WPS 中另存为 .docx 后导入。';

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new ApiError('PARSE_FAILED', '文件不是有效的 Word（.docx）文档，可能已损坏或下载不完整。');
  }
}

export const EMPTY_DOCX_MESSAGE =
  'Word 文档中没有文字，无法导入。如果报告是贴在文档里的图片（扫描件），请向发布单位索取文字版（.docx 或网页）后导入，或新建报告后对照原件录入。';

/** Other zip-based office files, named so the clerk knows what was chosen. */
const OTHER_PACKAGES: ReadonlyArray<[string, string]> = [
  [
    'xl/workbook.xml',
    '这是 Excel 表格文件（.xlsx），不是 Word 文档。请导入报告的 Word 文档（.docx）、网页（.html）或纯文本（.txt）。',
  ],
  [
    'ppt/presentation.xml',
    '这是 PowerPoint 演示文稿（.pptx），不是 Word 文档。请导入报告的 Word 文档（.docx）、网页（.html）或纯文本（.txt）。',
  ],
  ['content.xml', '暂不支持 OpenDocument（.odt）格式，请在 WPS 或 Word 中另存为 .docx 后导入。'],
];

/** What the zip's directory says of an entry (jszip keeps it on the entry, unexported). */
interface DeclaredSizes {
  compressedSize?: number;
  uncompressedSize?: number;
}

/** Inflated bytes left for the XML parts of one file (MAX_DOCX_XML_BYTES). */
interface InflateBudget {
  left: number;
}

function ratioTooHigh(inflated: number, compressed: number): boolean {
  return inflated > MIN_RATIO_CHECKED_BYTES && inflated > Math.max(compressed, 1) * MAX_ZIP_RATIO;
}

/**
 * One XML part, inflated as a stream and stopped as soon as it passes the budget or the ratio: the sizes
 * the zip declares are checked first, and the bytes really inflated are counted too, since a crafted zip
 * may declare anything. A bomb is refused after at most MAX_DOCX_XML_BYTES of work, never inflated whole.
 */
async function inflatePart(part: JSZip.JSZipObject, budget: InflateBudget): Promise<string> {
  const declared = (part as unknown as { _data?: DeclaredSizes })._data ?? {};
  const compressed = declared.compressedSize ?? 0;
  if ((declared.uncompressedSize ?? 0) > budget.left) throw zipTooLarge(INFLATED_LIMIT_DETAIL);
  if (ratioTooHigh(declared.uncompressedSize ?? 0, compressed)) throw zipTooLarge(RATIO_LIMIT_DETAIL);
  const chunks: Uint8Array[] = [];
  let inflated = 0;
  await new Promise<void>((resolve, reject) => {
    // jszip's own stream (internalStream, untyped): chunks of ~16 KB as they are inflated, and pause()
    const stream = (part as unknown as { internalStream(type: 'uint8array'): InflateStream }).internalStream(
      'uint8array',
    );
    const stop = (error: unknown) => {
      stream.pause();
      reject(error);
    };
    stream
      .on('data', (chunk) => {
        inflated += chunk.length;
        if (inflated > budget.left) return stop(zipTooLarge(INFLATED_LIMIT_DETAIL));
        if (ratioTooHigh(inflated, compressed)) return stop(zipTooLarge(RATIO_LIMIT_DETAIL));
        chunks.push(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve())
      .resume();
  });
  budget.left -= inflated;
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks, inflated));
}

interface InflateStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InflateStream;
  on(event: 'error', listener: (error: unknown) => void): InflateStream;
  on(event: 'end', listener: () => void): InflateStream;
  resume(): InflateStream;
  pause(): InflateStream;
}

function isLimitRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The package says where its main part is (_rels/.rels); Word always writes word/document.xml. */
async function mainPartName(zip: JSZip, budget: InflateBudget): Promise<string> {
  const rels = await optionalPart(zip, '_rels/.rels', budget);
  for (const m of rels?.matchAll(/<Relationship\b[^>]*>/g) ?? []) {
    const type = /Type="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = /Target="([^"]*)"/.exec(m[0])?.[1];
    if (target && type.endsWith('/officeDocument')) return target.replace(/^\//, '');
  }
  return DOCUMENT_PART;
}

async function mainPart(zip: JSZip, budget: InflateBudget): Promise<string> {
  const part = zip.file(await mainPartName(zip, budget)) ?? zip.file(DOCUMENT_PART);
  if (!part) {
    const other = OTHER_PACKAGES.find(([marker]) => zip.file(marker));
    throw new ApiError(other ? 'UNSUPPORTED' : 'PARSE_FAILED', other ? other[1] : NOT_A_DOCX);
  }
  try {
    return await inflatePart(part, budget);
  } catch (error) {
    if (isLimitRefusal(error)) throw error;
    throw new ApiError(
      'PARSE_FAILED',
      '无法读取 Word 文档的正文，文件可能已损坏。请在 Word 或 WPS 中打开后另存为 .docx 再导入，或复制报告文字粘贴到纯文本文件（.txt）中导入。',
    );
  }
}

/**
 * A part that helps reading (numbering, styles); a damaged or missing one is simply not used, but one
 * past the limits refuses the file like the body would.
 */
async function optionalPart(zip: JSZip, name: string, budget: InflateBudget): Promise<string | undefined> {
  const part = zip.file(name);
  if (!part) return undefined;
  try {
    return await inflatePart(part, budget);
  } catch (error) {
    if (isLimitRefusal(error)) throw error;
    return undefined;
  }
}

function newBudget(): InflateBudget {
  return { left: MAX_DOCX_XML_BYTES };
}

export async function readDocxDocumentXml(bytes: Uint8Array): Promise<string> {
  return mainPart(await openZip(bytes), newBudget());
}

export async function readDocxReportText(bytes: Uint8Array): Promise<DocxConversion> {
  const zip = await openZip(bytes);
  const budget = newBudget();
  const converted = convertDocxXmlToReportText(await mainPart(zip, budget), {
    numberingXml: await optionalPart(zip, 'word/numbering.xml', budget),
    stylesXml: await optionalPart(zip, 'word/styles.xml', budget),
  });
  if (converted.text.trim() === '') throw new ApiError('PARSE_FAILED', EMPTY_DOCX_MESSAGE);
  return converted;
}
