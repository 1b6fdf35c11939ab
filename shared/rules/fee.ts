/** X-FEE: the 信息处理费 of section 六 against T3 （六）2 (applications dropped for unpaid fees). */
import { cellId, describeCell, FEE_FIELDS, FEE_TITLE, T3_COLUMNS, type CellId } from '../format';
import { isCanonicalDecimal, isZeroDecimal, sumOf, type Report } from '../report';
import { validValue, type Cells } from './values';
import { finding } from './finding';
import type { Finding } from './types';

const OVERDUE_FEE_ROW = 'otherOverdueFee';
const TOTAL_COLUMN = T3_COLUMNS.find((c) => c.isTotal)!;
const OVERDUE_TOTAL: CellId = cellId('T3', OVERDUE_FEE_ROW, TOTAL_COLUMN.key);
const OVERDUE_PARTS: CellId[] = T3_COLUMNS.filter((c) => !c.isTotal).map((c) => cellId('T3', OVERDUE_FEE_ROW, c.key));
const NOTICES = FEE_FIELDS.find((f) => f.key === 'notices')!;
const COLLECTED = FEE_FIELDS.find((f) => f.key === 'collected')!;

const valid = (v: string | null): string | null => (v !== null && isCanonicalDecimal(v) ? v : null);
const positive = (v: string | null) => v !== null && !isZeroDecimal(v);

export function feeRule(report: Report, cells: Cells, out: Finding[]): void {
  const overdue = validValue(cells, OVERDUE_TOTAL) ?? sumOf(OVERDUE_PARTS.map((id) => validValue(cells, id)));
  const notices = valid(report.fee.notices);
  if (positive(overdue) && !positive(notices)) {
    out.push(
      finding('X-FEE', {
        cells: [OVERDUE_TOTAL],
        section: 'other',
        subject: 'fee.overdue',
        actual: notices ?? undefined,
        message: `${describeCell(OVERDUE_TOTAL)}为${overdue}件，但第六部分${FEE_TITLE}“${NOTICES.label}”${notices === null ? '未填写' : '为0'}：申请人逾期未缴费，说明曾发出收费通知`,
      }),
    );
  }
  const collected = valid(report.fee.collected);
  if (positive(collected) && !positive(notices)) {
    out.push(
      finding('X-FEE', {
        section: 'other',
        subject: 'fee.collected',
        actual: collected ?? undefined,
        message: `${FEE_TITLE}“${COLLECTED.label}”为${collected}元，但“${NOTICES.label}”${notices === null ? '未填写' : '为0'}：收取费用须先发出收费通知`,
      }),
    );
  }
}
