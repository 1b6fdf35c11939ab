/**
 * Report → DocumentModel: the order and wording of the published report (国办公开办函〔2021〕30号),
 * with every heading, sub-heading and table label taken from shared/format.
 */
import {
  FEE_FIELDS,
  FEE_TITLE,
  REPORT_TITLE_SUFFIX,
  SECTIONS,
  TABLE_LAYOUTS,
  feeSentence,
  reportTitle,
  subHeading,
  type LayoutCell,
  type ProsePart,
  type SectionDef,
  type TableId,
} from '../format';
import { getCell, type Report } from '../report';
import type { Finding } from '../rules/types';
import type { FontProfile } from './fonts';
import {
  BLANK_PLACEHOLDER,
  type Block,
  type DocTable,
  type DocTableCell,
  type DocumentModel,
  type HeadingLevel,
} from './model';
import { splitTitle } from './title';

export interface BuildOptions {
  findings: readonly Finding[];
  /** a final document is asked for; it is still a draft while any error finding is open */
  final: boolean;
  fontProfile?: FontProfile;
}

export function documentTitle(report: Report): string {
  if (report.title.trim()) return report.title.trim();
  const organ = report.organ.name.trim();
  if (report.year !== null && organ) return reportTitle(organ, report.year);
  return `${organ || BLANK_PLACEHOLDER}${report.year ?? BLANK_PLACEHOLDER}${REPORT_TITLE_SUFFIX}`;
}

/**
 * Control characters (pasted from other programs, kept by an import) are not allowed in XML or HTML text. The
 * docx library drops them itself; the HTML would carry them. They mean nothing in a report, so the model drops them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export function printable(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/** Short lines that number themselves like a heading become one: （一）… is level 2, 1. … is level 3. */
const LEVEL2_LINE = /^（[一二三四五六七八九十]+）/;
const LEVEL3_LINE = /^\d+[.．](?!\d)/;
const HEADING_MAX_CHARS = 30;

function looksLikeHeading(line: string): HeadingLevel | null {
  if ([...line].length > HEADING_MAX_CHARS || /[。；;]/.test(line.slice(0, -1))) return null;
  if (LEVEL2_LINE.test(line)) return 2;
  if (LEVEL3_LINE.test(line)) return 3;
  return null;
}

function proseBlocks(text: string): Block[] {
  return printable(text)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((line): Block => {
      const level = looksLikeHeading(line);
      return level ? { kind: 'heading', level, text: line } : { kind: 'paragraph', text: line };
    });
}

/** Imported text sometimes keeps its own sub-heading (（一）主动公开：…); the document numbers parts itself. */
function withoutOwnHeading(text: string, title: string): string {
  const own = new RegExp(
    `^\\s*(（[一二三四五六七八九十]+）)?\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[：:]?\\s*`,
  );
  return text.replace(own, '');
}

interface NumberedPart {
  title: string;
  blocks: Block[];
}

/** Sub-parts that have text, numbered by presence: an empty part does not leave a gap in （一）（二）…. */
function numberedParts(parts: readonly NumberedPart[]): Block[] {
  return parts
    .filter((p) => p.blocks.length > 0)
    .flatMap((p, i): Block[] => [{ kind: 'heading', level: 2, text: subHeading(i, p.title) }, ...p.blocks]);
}

function partText(report: Report, section: SectionDef, part: ProsePart): string {
  const prose = report.prose[section.key as keyof Report['prose']] as Record<string, string>;
  return withoutOwnHeading(prose[part.key] ?? '', part.title);
}

function leadText(report: Report, section: SectionDef): string {
  return (report.prose[section.key as keyof Report['prose']] as Record<string, string>).lead ?? '';
}

function feeBlocks(report: Report): Block[] {
  const values = FEE_FIELDS.map((f) => report.fee[f.key]);
  if (values.every((v) => v === null)) return [];
  const [notices, noticeAmount, collected] = values.map((v) => v ?? BLANK_PLACEHOLDER) as [string, string, string];
  return [{ kind: 'paragraph', text: printable(feeSentence({ notices, noticeAmount, collected })) }];
}

function proseSection(report: Report, section: SectionDef): Block[] {
  const lead = proseBlocks(leadText(report, section));
  const parts = section.parts.map((p) => ({ title: p.title, blocks: proseBlocks(partText(report, section, p)) }));
  if (section.key !== 'other') return [...lead, ...numberedParts(parts)];
  // 六: the fee sentence, then the optional sub-items; once any sub-item is present the fee is one of them.
  const fee = feeBlocks(report);
  if (!parts.some((p) => p.blocks.length > 0)) return [...lead, ...fee];
  return [...lead, ...numberedParts([{ title: FEE_TITLE, blocks: fee }, ...parts])];
}

function docCell(report: Report, cell: LayoutCell): DocTableCell {
  if (cell.type === 'text') return { text: cell.text, rowSpan: cell.rowSpan, colSpan: cell.colSpan, role: cell.role };
  const value = getCell(report, cell.cell);
  return {
    text: printable(value ?? ''),
    rowSpan: cell.rowSpan,
    colSpan: cell.colSpan,
    role: 'value',
    cellId: cell.cell,
    ...(value === null ? { blank: true } : {}),
  };
}

export function documentTable(report: Report, table: TableId): DocTable {
  const layout = TABLE_LAYOUTS[table];
  return {
    table,
    columnCount: layout.columnCount,
    headerRows: layout.headerRows.map((row) => row.map((c) => docCell(report, c))),
    bodyRows: layout.bodyRows.map((row) => row.map((c) => docCell(report, c))),
  };
}

function closingBlocks(report: Report): Block[] {
  const signer = report.closing.signer.trim();
  const date = report.closing.date.trim();
  if (!signer && !date) return [];
  const lines = [signer || report.organ.name.trim(), date].map(printable).filter((l) => l !== '');
  return [{ kind: 'closing', lines }];
}

export function buildDocument(report: Report, options: BuildOptions): DocumentModel {
  const title = printable(documentTitle(report));
  const openErrors = options.findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({ ruleId: f.id, message: printable(f.message) }));
  const blocks: Block[] = [...proseBlocks(report.intro)];
  for (const section of SECTIONS) {
    blocks.push({ kind: 'heading', level: 1, text: section.heading });
    if (section.table) blocks.push({ kind: 'table', table: documentTable(report, section.table) });
    else blocks.push(...proseSection(report, section));
  }
  blocks.push(...closingBlocks(report));
  return {
    title,
    titleLines: splitTitle(title),
    draft: !options.final || openErrors.length > 0,
    openErrors,
    fontProfile: options.fontProfile ?? 'gb2312',
    blocks,
  };
}
