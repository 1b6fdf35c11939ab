/** 三、收到和处理政府信息公开申请情况 from tab-separated rows: rows by label (within their group), columns by position. */
import type { ImportIssue } from '../api';
import {
  cellId,
  T3_APPLICANT_LABEL,
  T3_COLUMNS,
  T3_CORNER_LABEL,
  T3_ORGANISATION_LABEL,
  T3_RESULT_ENTRIES,
  T3_RESULTS_LABEL,
  T3_ROWS,
  type CellId,
  type T3Group,
  type T3Row,
} from '../format';
import type { Cell } from '../report';
import { fitValues, importValue, splitRow, where, type TableLine } from './text-cells';
import { canonLabel, matchLabel } from './text-labels';

const GROUPS: T3Group[] = T3_RESULT_ENTRIES.flatMap((e) => ('group' in e ? [e.group] : []));
const HEADER_LABELS = [T3_CORNER_LABEL, T3_APPLICANT_LABEL, T3_ORGANISATION_LABEL, ...T3_COLUMNS.map((c) => c.label)];
const HEADER_CANON = new Set(HEADER_LABELS.map(canonLabel));
const RESULTS_CANON = canonLabel(T3_RESULTS_LABEL);
const SUBTOTAL = /^小计$/;
const TABLE = '第三部分表格';

function groupOfLabel(label: string): T3Group | undefined {
  const m = matchLabel(label, GROUPS, (g) => g.label);
  return m && m.how !== 'similar' ? m.item : undefined;
}

/** （三）不于公开: too short to judge by wording, but its numbering names the group. */
function groupByNumbering(label: string): { item: T3Group; how: 'similar' } | null {
  const numbering = /^（[一二三四五六七八九十]+）/.exec(canonLabel(label))?.[0];
  const g = numbering ? GROUPS.find((x) => canonLabel(x.label).startsWith(numbering)) : undefined;
  return g ? { item: g, how: 'similar' } : null;
}

export function parseT3(lines: readonly TableLine[], values: Record<CellId, Cell>, issues: ImportIssue[]): void {
  let group: T3Group | undefined;
  const seen = new Set<string>();
  const headerLabels: string[] = [];
  for (const at of lines) {
    const { labels, values: raw } = splitRow(at.cells);
    const hasFigures = raw.some((c) => c !== '');
    if (labels.length === 0) {
      if (hasFigures)
        issues.push({
          severity: 'warning',
          where: where(at.line),
          message: `${TABLE}中有一行没有行名（${raw.filter(Boolean).join('、')}），无法确定含义，未导入`,
        });
      continue;
    }
    if (!hasFigures && labels.some((l) => HEADER_CANON.has(canonLabel(l)) || SUBTOTAL.test(canonLabel(l)))) {
      headerLabels.push(...labels);
      continue;
    }
    const label = labels[labels.length - 1]!;
    const onlyGroup = groupOfLabel(label);
    if (onlyGroup || canonLabel(label) === RESULTS_CANON) {
      if (onlyGroup) group = onlyGroup;
      if (onlyGroup && hasFigures) {
        issues.push({
          severity: 'error',
          where: where(at.line),
          message: `${TABLE}中“${onlyGroup.label}”只有一行数值（2019年试行格式），现行格式分为${onlyGroup.rows.map((r) => `“${r.label}”`).join('、')}，数值无法分配，未导入`,
        });
      }
      continue;
    }
    // The labels before the row's own: 三、本年度办理结果 and the group (（三）不予公开 …), which sets the context.
    for (const context of labels.slice(0, -1)) {
      if (canonLabel(context) === RESULTS_CANON) continue;
      const g = matchLabel(context, GROUPS, (x) => x.label) ?? groupByNumbering(context);
      const results = g ? null : matchLabel(context, [T3_RESULTS_LABEL], (x) => x);
      if (g) group = g.item;
      const official = g?.item.label ?? results?.item;
      if (official && (g?.how ?? results?.how) === 'exact') continue;
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: official
          ? `${TABLE}中的“${context}”与规范名称“${official}”不一致，已按“${official}”导入`
          : `${TABLE}中的“${context}”不是现行格式的栏目名称，已忽略`,
      });
    }
    const candidates: readonly T3Row[] = group
      ? [...group.rows, ...T3_ROWS.filter((r) => !group!.rows.includes(r))]
      : T3_ROWS;
    const match = matchLabel(label, candidates, (r) => r.label);
    if (!match) {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `${TABLE}中的“${label}”行不是现行格式的内容，未导入`,
      });
      continue;
    }
    const row = match.item;
    if (match.how !== 'exact') {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `${TABLE}中的行名“${label}”与规范名称“${row.label}”不一致，已按“${row.label}”导入`,
      });
    }
    if (seen.has(row.key)) {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `${TABLE}中“${row.label}”行重复出现，只导入第一次出现的数值`,
      });
      continue;
    }
    seen.add(row.key);
    const subtotalAt = subtotalIndex(headerLabels);
    const printedCount = T3_COLUMNS.length + (subtotalAt === null ? 0 : 1);
    const printed = fitValues(raw, printedCount, at, `${TABLE}“${row.label}”行`, issues);
    const cells = subtotalAt === null ? printed : printed.filter((_, i) => i !== subtotalAt);
    T3_COLUMNS.forEach((c, i) => {
      const id = cellId('T3', row.key, c.key);
      values[id] = cells[i] === '' ? null : importValue(cells[i]!, id, 'count', at, issues);
    });
  }
  checkHeader(headerLabels, issues);
  const missing = T3_ROWS.filter((r) => !seen.has(r.key));
  if (missing.length === T3_ROWS.length) {
    issues.push({ severity: 'error', message: `没有找到${TABLE}（${T3_APPLICANT_LABEL}），第三部分的数值全部留空` });
  } else if (missing.length > 0) {
    issues.push({
      severity: 'warning',
      message: `${TABLE}缺少以下行，相应单元格留空：${missing.map((r) => `“${r.label}”`).join('、')}`,
    });
  }
}

/**
 * Where a printed 小计 (法人或其他组织 subtotal) column sits among the value columns, so that its
 * figures can be left out instead of shifting every column after it; null when there is none.
 */
function subtotalIndex(headerLabels: readonly string[]): number | null {
  const organisations = T3_COLUMNS.filter((c) => !c.isTotal)
    .slice(1)
    .map((c) => canonLabel(c.label));
  const order = headerLabels.map(canonLabel).filter((l) => organisations.includes(l) || SUBTOTAL.test(l));
  const at = order.findIndex((l) => SUBTOTAL.test(l));
  // 自然人 comes first among the value columns, then the organisations in printed order.
  return at < 0 ? null : 1 + at;
}

function checkHeader(printed: readonly string[], issues: ImportIssue[]): void {
  if (printed.length === 0) return;
  const canon = printed.map(canonLabel);
  const unknown = printed.filter((_, i) => !HEADER_CANON.has(canon[i]!));
  const corner = canonLabel(T3_CORNER_LABEL);
  const similarCorner = unknown.filter((l) => matchLabel(l, [T3_CORNER_LABEL], (x) => x));
  for (const l of similarCorner) {
    issues.push({ severity: 'info', message: `${TABLE}左上角的说明“${l}”与规范文字“${T3_CORNER_LABEL}”不一致` });
  }
  const others = unknown.filter((l) => !similarCorner.includes(l));
  if (others.length > 0) {
    const subtotal = others.some((l) => SUBTOTAL.test(canonLabel(l)));
    issues.push({
      severity: subtotal ? 'error' : 'warning',
      message: `${TABLE}表头中有现行格式没有的栏目：${others.map((l) => `“${l}”`).join('、')}${subtotal ? '。现行格式没有“小计”列，该列数值未导入，其余各列按表头对应导入，请核对' : ''}`,
    });
  }
  // 自然人 and 总计 span two header rows, so only the five organisation columns have a printed order.
  const columnCanon = T3_COLUMNS.map((c) => canonLabel(c.label));
  const printedColumns = canon.filter((c) => columnCanon.includes(c));
  const organisations = T3_COLUMNS.filter((c) => !c.isTotal)
    .slice(1)
    .map((c) => canonLabel(c.label));
  const printedOrganisations = printedColumns.filter((c) => organisations.includes(c));
  const missingColumns = T3_COLUMNS.filter((c) => !printedColumns.includes(canonLabel(c.label)));
  if (missingColumns.length > 0 || printedOrganisations.join('|') !== organisations.join('|')) {
    issues.push({
      severity: 'warning',
      message: `${TABLE}的表头栏目为“${printedColumns.join('、')}”，与规范的“${T3_COLUMNS.map((c) => c.label).join('、')}”不一致；数值按规范列序导入，请核对`,
    });
  }
  if (!canon.includes(corner) && similarCorner.length === 0) {
    issues.push({ severity: 'info', message: `${TABLE}表头中没有找到“${T3_CORNER_LABEL}”` });
  }
}
