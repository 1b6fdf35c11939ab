/** 四、政府信息公开行政复议、行政诉讼情况: header rows checked by label, one row of 15 figures. */
import type { ImportIssue } from '../api';
import { cellId, T4_GROUPS, T4_LITIGATION_LABEL, T4_OUTCOMES, type CellId } from '../format';
import type { Cell } from '../report';
import { fitValues, importValue, splitRow, where, type TableLine } from './text-cells';
import { canonLabel } from './text-labels';

const TABLE = '第四部分表格';
const OUTCOMES = T4_OUTCOMES.map((o) => canonLabel(o.label));
const KNOWN = new Set([...OUTCOMES, ...T4_GROUPS.map((g) => canonLabel(g.label)), canonLabel(T4_LITIGATION_LABEL)]);
const CELLS: CellId[] = T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => cellId('T4', g.key, o.key)));

export function parseT4(lines: readonly TableLine[], values: Record<CellId, Cell>, issues: ImportIssue[]): void {
  let dataRows = 0;
  const unknown: string[] = [];
  for (const at of lines) {
    const { labels, values: raw } = splitRow(at.cells);
    if (raw.every((c) => c === '')) {
      for (const l of labels) if (!KNOWN.has(canonLabel(l)) && !unknown.includes(l)) unknown.push(l);
      checkOutcomeOrder(labels, at, issues);
      continue;
    }
    dataRows++;
    if (dataRows > 1) {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `${TABLE}只应有一行数值，第${dataRows}行数值（${raw.filter(Boolean).join('、')}）未导入`,
      });
      continue;
    }
    if (labels.length > 0) {
      issues.push({
        severity: 'info',
        where: where(at.line),
        message: `${TABLE}数值行前的“${labels.join('、')}”已忽略`,
      });
    }
    const cells = fitValues(raw, CELLS.length, at, `${TABLE}数值行`, issues);
    CELLS.forEach((id, i) => {
      values[id] = cells[i] === '' ? null : importValue(cells[i]!, id, 'count', at, issues);
    });
  }
  if (unknown.length > 0) {
    issues.push({
      severity: 'warning',
      message: `${TABLE}表头中有现行格式没有的栏目：${unknown.map((l) => `“${l}”`).join('、')}，请核对各列是否对应`,
    });
  }
  if (dataRows === 0) issues.push({ severity: 'error', message: `没有找到${TABLE}的数值行，第四部分的数值全部留空` });
}

/** Within a header row, outcome labels must come in the official order (结果维持 … 总计), group after group. */
function checkOutcomeOrder(labels: readonly string[], at: TableLine, issues: ImportIssue[]): void {
  const printed = labels.map(canonLabel).filter((l) => OUTCOMES.includes(l));
  const wrong = printed.some((l, i) => l !== OUTCOMES[i % OUTCOMES.length]);
  if (wrong) {
    issues.push({
      severity: 'warning',
      where: where(at.line),
      message: `${TABLE}表头的栏目顺序“${printed.join('、')}”与规范的“${OUTCOMES.join('、')}”不一致；数值按规范顺序导入，请核对`,
    });
  }
}
