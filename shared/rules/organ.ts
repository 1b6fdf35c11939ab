/** X-RULES-POWER and DEADLINE: rules about the organ rather than the figures. */
import { cellId, describeCell, publicationDeadline, RULES_POWER_LABEL, T2_BLOCKS, type CellId } from '../format';
import { isZeroDecimal, type Report } from '../report';
import { validValue, type Cells } from './values';
import { finding } from './finding';
import type { Finding, RuleContext } from './types';

const RULES_ROW = 'rules';
const RULES_CELLS: CellId[] = T2_BLOCKS.flatMap((b) =>
  b.rows.filter((r) => r.key === RULES_ROW).flatMap((r) => b.columns.map((c) => cellId('T2', r.key, c.key))),
);

export function rulesPowerRule(report: Report, values: Cells, out: Finding[]): void {
  if (report.organ.rulesPower) return;
  const cells = RULES_CELLS.filter((id) => {
    const v = validValue(values, id);
    return v !== null && !isZeroDecimal(v);
  });
  if (cells.length === 0) return;
  out.push(
    finding('X-RULES-POWER', {
      cells,
      section: 'proactive',
      subject: 'T2.rules',
      message: `${cells.map((id) => `${describeCell(id)}为${values(id)}`).join('，')}，但本机关未勾选“${RULES_POWER_LABEL}”。不具有规章制定权的机关应填0`,
    }),
  );
}

const DAY_MS = 86_400_000;

export function deadlineRule(report: Report, today: NonNullable<RuleContext['today']>, out: Finding[]): void {
  if (report.year === null) return;
  const due = publicationDeadline(report.organ.kind, report.year);
  const days = Math.round(
    (Date.UTC(due.year, due.month - 1, due.day) - Date.UTC(today.year, today.month - 1, today.day)) / DAY_MS,
  );
  const when = `${due.year}年${due.label}`;
  const who = report.organ.kind === '人民政府' ? '人民政府的年度报告' : '政府部门的年度报告';
  const state = days > 0 ? `还有${days}天` : days === 0 ? '今天是最后一天' : `已逾期${-days}天`;
  out.push(
    finding('DEADLINE', {
      section: 'meta',
      subject: 'deadline',
      expected: `${due.year}-${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}`,
      actual: String(days),
      message: `按《政府信息公开条例》第四十九条，${who}应于${when}前公开：${state}`,
    }),
  );
}
