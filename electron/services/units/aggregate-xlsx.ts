/**
 * A 汇总 as a workbook: every cell of the summed tables with its official row and column wording, the
 * fee, and the list of included and refused units.
 */
import type { RefusedUnit } from '../../../shared/aggregate';
import { FEE_FIELDS, FEE_TITLE, NUMBER_KIND_UNIT, TABLE_CELLS } from '../../../shared/format';
import { getCell, type Report } from '../../../shared/report';

export const AGGREGATE_SHEET_NAMES = { cells: '汇总数据', units: '单位名单' } as const;

export async function aggregateXlsx(
  report: Report,
  units: { included: ReadonlyArray<{ file: string; organ: string }>; refused: readonly RefusedUnit[] },
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = '政府信息公开年报助手';
  const frozen = { views: [{ state: 'frozen' as const, ySplit: 1 }] };

  const cells = book.addWorksheet(AGGREGATE_SHEET_NAMES.cells, frozen);
  cells.columns = [
    { header: '表格', key: 'table', width: 8 },
    { header: '行', key: 'row', width: 50 },
    { header: '列', key: 'column', width: 24 },
    { header: '单位', key: 'unit', width: 8 },
    { header: '汇总数', key: 'value', width: 14 },
    { header: '单元格编号', key: 'id', width: 34 },
  ];
  for (const def of TABLE_CELLS) {
    cells.addRow([
      def.id.slice(0, 2),
      def.rowTitle,
      def.columnTitle,
      NUMBER_KIND_UNIT[def.kind],
      getCell(report, def.id) ?? '',
      def.id,
    ]);
  }
  for (const field of FEE_FIELDS) {
    cells.addRow([
      '六',
      FEE_TITLE,
      field.label,
      NUMBER_KIND_UNIT[field.kind],
      report.fee[field.key] ?? '',
      `fee.${field.key}`,
    ]);
  }
  cells.getRow(1).font = { bold: true };
  cells.autoFilter = { from: { row: 1, column: 1 }, to: { row: cells.rowCount, column: 6 } };

  const list = book.addWorksheet(AGGREGATE_SHEET_NAMES.units, frozen);
  list.columns = [
    { header: '文件', key: 'file', width: 50 },
    { header: '机关', key: 'organ', width: 30 },
    { header: '是否计入', key: 'in', width: 10 },
    { header: '未计入的原因', key: 'reason', width: 60 },
  ];
  for (const u of units.included) list.addRow([u.file, u.organ, '计入', '']);
  for (const u of units.refused) list.addRow([u.file, u.organ, '未计入', u.reason]);
  list.getRow(1).font = { bold: true };
  list.autoFilter = { from: { row: 1, column: 1 }, to: { row: list.rowCount, column: 4 } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
