/**
 * A .docx is a zip; its text lives in word/document.xml, automatic numbers in word/numbering.xml and
 * word/styles.xml. Unzip here (Node side) and hand the XML to the pure converter, so the shared code
 * never deals with archives.
 */
import JSZip from 'jszip';
import { ApiError } from '../../../shared/api';
import { convertDocxXmlToReportText, type DocxConversion } from '../../../shared/import/docx-xml';

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

/** The package says where its main part is (_rels/.rels); Word always writes word/document.xml. */
async function mainPartName(zip: JSZip): Promise<string> {
  const rels = await zip
    .file('_rels/.rels')
    ?.async('string')
    .catch(() => undefined);
  for (const m of rels?.matchAll(/<Relationship\b[^>]*>/g) ?? []) {
    const type = /Type="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = /Target="([^"]*)"/.exec(m[0])?.[1];
    if (target && type.endsWith('/officeDocument')) return target.replace(/^\//, '');
  }
  return DOCUMENT_PART;
}

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

async function mainPart(zip: JSZip): Promise<string> {
  const part = zip.file(await mainPartName(zip)) ?? zip.file(DOCUMENT_PART);
  if (!part) {
    const other = OTHER_PACKAGES.find(([marker]) => zip.file(marker));
    throw new ApiError(other ? 'UNSUPPORTED' : 'PARSE_FAILED', other ? other[1] : NOT_A_DOCX);
  }
  try {
    return await part.async('string');
  } catch {
    throw new ApiError('PARSE_FAILED', '无法读取 Word 文档的正文，文件可能已损坏。');
  }
}

/** A part that helps reading (numbering, styles); a damaged or missing one is simply not used. */
async function optionalPart(zip: JSZip, name: string): Promise<string | undefined> {
  return zip
    .file(name)
    ?.async('string')
    .catch(() => undefined);
}

export async function readDocxDocumentXml(bytes: Uint8Array): Promise<string> {
  return mainPart(await openZip(bytes));
}

export async function readDocxReportText(bytes: Uint8Array): Promise<DocxConversion> {
  const zip = await openZip(bytes);
  const converted = convertDocxXmlToReportText(await mainPart(zip), {
    numberingXml: await optionalPart(zip, 'word/numbering.xml'),
    stylesXml: await optionalPart(zip, 'word/styles.xml'),
  });
  if (converted.text.trim() === '') throw new ApiError('PARSE_FAILED', 'Word 文档中没有文字，无法导入。');
  return converted;
}
