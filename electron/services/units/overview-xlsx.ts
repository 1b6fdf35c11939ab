/**
 * The overview as an Excel workbook (exceljs): Chinese headers, the header row frozen, filters on every
 * column, rows with errors in red and unreadable files in grey, so the office can sort and forward it.
 */
import { OVERVIEW_COLUMNS, overviewTotals, UNIT_STATUS_LABEL, type OverviewRow } from '../../../shared/units';

export const OVERVIEW_SHEET_NAME = '核对总览';

const FILL_ERRORS = 'FFFDE2E1';
const FILL_UNREADABLE = 'FFE7E6E6';
const FILL_HEADER = 'FFDDEBF7';

function solid(argb: string) {
  return { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } };
}

export async function overviewXlsx(rows: readonly OverviewRow[], title = '多单位核对总览'): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = '政府信息公开年报助手';
  book.title = title;
  const sheet = book.addWorksheet(OVERVIEW_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = OVERVIEW_COLUMNS.map((c) => ({ header: c.label, key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = solid(FILL_HEADER);
  });
  for (const row of rows) {
    const added = sheet.addRow(OVERVIEW_COLUMNS.map((c) => c.value(row)));
    if (row.status !== 'ok') {
      const fill = solid(row.status === 'errors' ? FILL_ERRORS : FILL_UNREADABLE);
      added.eachCell({ includeEmpty: true }, (cell) => {
        cell.fill = fill;
      });
    }
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: OVERVIEW_COLUMNS.length },
  };

  const totals = overviewTotals(rows);
  const summary = book.addWorksheet('统计');
  summary.columns = [
    { header: '项目', key: 'what', width: 24 },
    { header: '数量', key: 'count', width: 10 },
  ];
  summary.addRows([
    ['文件', totals.files],
    [UNIT_STATUS_LABEL.ok, totals.ok],
    [UNIT_STATUS_LABEL.errors, totals.errors],
    [UNIT_STATUS_LABEL.unreadable, totals.unreadable],
    ['与上年度报告配对核对', totals.paired],
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
