/** Reads an overview workbook back with the library that wrote it: the header and every row as text. */
import ExcelJS from 'exceljs';
import { OVERVIEW_COLUMNS } from '../../../shared/units';
import { OVERVIEW_SHEET_NAME } from '../../../electron/services/units/overview-xlsx';

export interface ReadSheet {
  header: string[];
  rows: string[][];
  frozenRows: number;
  autoFilter: unknown;
  /** the fill colour of the first cell of each data row ('' for none) */
  fills: string[];
}

export async function readOverviewXlsx(bytes: Uint8Array): Promise<ReadSheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(OVERVIEW_SHEET_NAME);
  if (!sheet) throw new Error(`no sheet ${OVERVIEW_SHEET_NAME}`);
  const text = (r: number) =>
    OVERVIEW_COLUMNS.map((_, c) => {
      const v = sheet.getRow(r).getCell(c + 1).value;
      return v === null || v === undefined ? '' : String(v);
    });
  const rows: string[][] = [];
  const fills: string[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    rows.push(text(r));
    const fill = sheet.getRow(r).getCell(1).fill as { fgColor?: { argb?: string } } | undefined;
    fills.push(fill?.fgColor?.argb ?? '');
  }
  const view = sheet.views[0] as { state?: string; ySplit?: number } | undefined;
  return {
    header: text(1),
    rows,
    frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
    autoFilter: sheet.autoFilter,
    fills,
  };
}
