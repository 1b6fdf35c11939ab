/** CELL-DOMAIN (every stored value is a valid number of its kind) and CELL-REQUIRED (final only). */
import {
  describeCell,
  FEE_FIELDS,
  FEE_TITLE,
  NUMBER_KIND_UNIT,
  type CellId,
  type FormatEdition,
  type TableId,
} from '../format';
import { domainMessage, type Report } from '../report';
import { cachedDomainMessage, type Cells } from './values';
import { finding, TABLE_SECTION, tableSection } from './finding';
import type { Finding } from './types';

export function cellDomain(edition: FormatEdition, report: Report, cells: Cells, out: Finding[]): void {
  for (const def of edition.cells) {
    const value = cells(def.id);
    if (value === null) continue;
    const problem = cachedDomainMessage(value, def.kind);
    if (problem === null) continue;
    out.push(
      finding('CELL-DOMAIN', {
        cells: [def.id],
        section: tableSection(def.id),
        actual: value,
        message: `${describeCell(def.id)}填写的“${value}”不是有效数值：${problem}`,
      }),
    );
  }
  for (const field of FEE_FIELDS) {
    const value = report.fee[field.key];
    if (value === null) continue;
    const problem = domainMessage(value, field.kind);
    if (problem === null) continue;
    out.push(
      finding('CELL-DOMAIN', {
        section: 'other',
        actual: value,
        subject: `fee.${field.key}`,
        message: `${FEE_TITLE}“${field.label}”（${NUMBER_KIND_UNIT[field.kind]}）填写的“${value}”不是有效数值：${problem}`,
      }),
    );
  }
}

const tableHeading = (edition: FormatEdition, table: TableId) =>
  edition.sections.find((s) => s.table === table)?.heading ?? table;

/** One finding per table listing its blank cells: 0 is a value, blank is not. */
export function cellRequired(edition: FormatEdition, cells: Cells, out: Finding[]): void {
  const blanks: Record<TableId, CellId[]> = { T2: [], T3: [], T4: [] };
  for (const def of edition.cells) if (cells(def.id) === null) blanks[def.id.slice(0, 2) as TableId].push(def.id);
  for (const table of ['T2', 'T3', 'T4'] as const) {
    const blank = blanks[table];
    if (blank.length === 0) continue;
    const shown = blank.slice(0, 3).map(describeCell).join('、');
    const more = blank.length > 3 ? `等${blank.length}个单元格` : '';
    out.push(
      finding('CELL-REQUIRED', {
        cells: blank,
        section: TABLE_SECTION[table],
        subject: table,
        message: `“${tableHeading(edition, table)}”表有${blank.length}个单元格未填写：${shown}${more}。没有发生的请填0`,
      }),
    );
  }
}
