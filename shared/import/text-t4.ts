/** 四、政府信息公开行政复议、行政诉讼情况: header rows checked by label, one row of 15 figures. */
import type { ImportIssue } from './outcome';
import { cellId, T4_GROUPS, T4_LITIGATION_LABEL, T4_OUTCOMES, type CellId } from '../format';
import type { Cell } from '../report';
import {
  fitValues,
  joinBrokenLabels,
  importCell,
  listValues,
  quote,
  rowWithinLimit,
  splitRow,
  trimBlanks,
  where,
  type FittedCell,
  type TableLine,
} from './text-cells';
import { canonLabel } from './text-labels';

const TABLE = '第四部分表格';
const OUTCOMES = T4_OUTCOMES.map((o) => canonLabel(o.label));
const KNOWN = new Set([...OUTCOMES, ...T4_GROUPS.map((g) => canonLabel(g.label)), canonLabel(T4_LITIGATION_LABEL)]);
const CELLS: CellId[] = T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => cellId('T4', g.key, o.key)));

export function parseT4(printedLines: readonly TableLine[], values: Record<CellId, Cell>, issues: ImportIssue[]): void {
  const lines = joinBrokenLabels(printedLines, TABLE, issues);
  const unknown: string[] = [];
  const dataRows: Array<{ at: TableLine; labels: string[]; raw: string[] }> = [];
  for (const at of lines) {
    if (!rowWithinLimit(at, TABLE, issues)) continue;
    const { labels, values: raw } = splitRow(at.cells);
    if (raw.every((c) => c === '')) {
      for (const l of labels) if (!KNOWN.has(canonLabel(l)) && !unknown.includes(l)) unknown.push(l);
      checkOutcomeOrder(labels, at, issues);
      continue;
    }
    dataRows.push({ at, labels, raw });
  }
  const first = dataRows[0];
  if (first) {
    if (first.labels.length > 0) {
      issues.push({
        severity: 'info',
        where: where(first.at.line),
        message: `${TABLE}数值行前的“${listValues(first.labels)}”已忽略`,
      });
    }
    const cells =
      dataRows.length === 1
        ? fitValues(first.raw, CELLS.length, first.at, `${TABLE}数值行`, issues)
        : joinPieces(dataRows, issues);
    CELLS.forEach((id, i) => {
      values[id] = importCell(cells[i], id, 'count', first.at, issues);
    });
  }
  if (unknown.length > 0) {
    issues.push({
      severity: 'warning',
      message: `${TABLE}表头中有现行格式没有的栏目：${unknown.map((l) => `“${quote(l)}”`).join('、')}，请核对各列是否对应`,
    });
  }
  if (dataRows.length === 0)
    issues.push({ severity: 'error', message: `没有找到${TABLE}的数值行，第四部分的数值全部留空` });
}

/**
 * The 15 figures printed over several rows (text taken from a PDF often breaks them 5 + 10): joined
 * when the pieces hold exactly 15 cells from first to last figure, the first piece counted from the
 * table's first column. Otherwise the first row as wide as the table is read (its cells stand in the
 * table's columns) and the others are named; with no such row, no figure can be placed: none is read.
 */
function joinPieces(rows: ReadonlyArray<{ at: TableLine; raw: string[] }>, issues: ImportIssue[]): FittedCell[] {
  const pieces = rows.map((r, i) => trimBlanks(r.raw, i === 0 ? 'end' : 'both'));
  const total = pieces.reduce((n, p) => n + p.length, 0);
  if (total === CELLS.length) {
    issues.push({
      severity: 'info',
      where: where(rows[0]!.at.line),
      message: `${TABLE}的${CELLS.length}个数值分${rows.length}行印出（${pieces.map((p) => p.length).join(' + ')}个），已合为一行导入`,
    });
    return pieces.flat();
  }
  const whole = rows.find((r) => r.raw.length >= CELLS.length);
  const others = rows.filter((r) => r !== whole);
  const printed = listValues(others.flatMap((r) => r.raw.filter(Boolean)));
  const head = `${TABLE}只应有一行数值，却有${rows.length}行，各行数值共${total}个，与应有的${CELLS.length}个不符，无法拼成一行`;
  issues.push({
    severity: whole ? 'warning' : 'error',
    where: where(rows[0]!.at.line),
    message: whole
      ? `${head}：只导入了与表格同宽的那一行，其余${others.length}行的数值（${printed}）未导入，请对照原表填写`
      : `${head}，也无法确定各数值所在的列，第四部分的数值未导入。各行印的数值为：${printed}，请对照原表填写`,
  });
  return whole ? fitValues(whole.raw, CELLS.length, whole.at, `${TABLE}数值行`, issues) : [];
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
