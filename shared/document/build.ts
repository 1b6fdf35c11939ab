/**
 * Report → DocumentModel: the order and wording of the published report (国办公开办函〔2021〕30号),
 * with every heading, sub-heading and table label taken from shared/format.
 */
import { editionOf, type LayoutCell, type TableId } from '../format';
import { getCell, type Report } from '../report';
import type { Finding } from '../rules/types';
import type { FontProfile } from './fonts';
import type { Block, DocTable, DocTableCell, DocumentModel } from './model';
import { printable, proseBlocks, proseSectionBlocks } from './prose';
import { documentTitle, splitTitle } from './title';

export interface BuildOptions {
  findings: readonly Finding[];
  /** a final document is asked for; it is still a draft while any error finding is open */
  final: boolean;
  fontProfile?: FontProfile;
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
  const layout = editionOf(report).layouts[table];
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
  for (const section of editionOf(report).sections) {
    blocks.push({ kind: 'heading', level: 1, text: section.heading });
    if (section.table) blocks.push({ kind: 'table', table: documentTable(report, section.table) });
    else blocks.push(...proseSectionBlocks(report, section));
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
