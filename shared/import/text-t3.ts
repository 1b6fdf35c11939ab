/**
 * 三、收到和处理政府信息公开申请情况 from tab-separated rows: rows by label (within their group), columns by
 * position, in the report's edition (the 2019 试行 edition has （六）其他处理 as one row).
 */
import type { ImportIssue } from './outcome';
import {
  cellId,
  CURRENT_EDITION,
  T3_APPLICANT_LABEL,
  T3_COLUMNS,
  T3_CORNER_LABEL,
  T3_ORGANISATION_LABEL,
  T3_RESULTS_LABEL,
  type CellId,
  type FormatEdition,
  type T3Group,
  type T3Row,
} from '../format';
import type { Cell } from '../report';
import {
  fitValues,
  isPageNumberLine,
  notePageNumber,
  joinBrokenLabels,
  importCell,
  listValues,
  peekNumber,
  quote,
  rowWithinLimit,
  splitRow,
  trimBlanks,
  where,
  type FittedCell,
  type SplitRow,
  type TableLine,
} from './text-cells';
import { layoutName, SINGLE_ROW_GROUPS } from './printed-edition';
import { canonLabel, matchLabel } from './text-labels';

const groupsOf = (edition: FormatEdition): T3Group[] =>
  edition.t3ResultEntries.flatMap((e) => ('group' in e ? [e.group] : []));
const HEADER_LABELS = [T3_CORNER_LABEL, T3_APPLICANT_LABEL, T3_ORGANISATION_LABEL, ...T3_COLUMNS.map((c) => c.label)];
const HEADER_CANON = new Set(HEADER_LABELS.map(canonLabel));
const RESULTS_CANON = canonLabel(T3_RESULTS_LABEL);
const SUBTOTAL = /^小计$/;
const TABLE = '第三部分表格';

function groupOfLabel(label: string, groups: readonly T3Group[]): T3Group | undefined {
  const m = matchLabel(label, groups, (g) => g.label);
  return m && m.how !== 'similar' ? m.item : undefined;
}

/** （三）不于公开: too short to judge by wording, but its numbering names the group. */
function groupByNumbering(label: string, groups: readonly T3Group[]): { item: T3Group; how: 'similar' } | null {
  const numbering = /^（[一二三四五六七八九十]+）/.exec(canonLabel(label))?.[0];
  const g = numbering ? groups.find((x) => canonLabel(x.label).startsWith(numbering)) : undefined;
  return g ? { item: g, how: 'similar' } : null;
}

/** The first value column's header: where it stands in the printed grid, the figures start. */
const FIRST_COLUMN_CANON = canonLabel(T3_COLUMNS[0]!.label);

function isHeaderRow(labels: readonly string[]): boolean {
  return labels.some((l) => HEADER_CANON.has(canonLabel(l)) || SUBTOTAL.test(canonLabel(l)));
}

/**
 * The value cells of a row. In a table laid out on a grid (the header names 自然人 in column k > 0,
 * as the official layout and every flattened web or Word table do), a row whose labels end before
 * column k and whose other label columns are empty has its figures from column k on, so a blank
 * among them keeps its place ('positional'). Otherwise the figures are the cells after the last
 * label, placed by counting.
 */
function figuresOf(
  at: TableLine,
  split: SplitRow,
  valueColumn: number | null,
): { values: string[]; positional: boolean } {
  const onGrid =
    valueColumn !== null &&
    split.valueStart <= valueColumn &&
    at.cells.length > valueColumn &&
    at.cells.slice(split.valueStart, valueColumn).every((c) => c.trim() === '');
  return onGrid
    ? { values: at.cells.slice(valueColumn).map((c) => c.trim()), positional: true }
    : { values: split.values, positional: false };
}

/**
 * The next row that carries figures but no label, looking past empty rows, a page number and a header
 * repeated at the top of a new page: the second half of a row broken across a page. -1 when the next
 * row is not one.
 */
function continuationAfter(lines: readonly TableLine[], from: number): number {
  for (let j = from; j < lines.length; j++) {
    if (isPageNumberLine(lines[j]!)) continue;
    const next = splitRow(lines[j]!.cells);
    const hasFigures = next.values.some((c) => c !== '');
    if (next.labels.length === 0) return hasFigures ? j : -1;
    if (hasFigures || !isHeaderRow(next.labels)) return -1;
  }
  return -1;
}

export function parseT3(
  printedLines: readonly TableLine[],
  values: Record<CellId, Cell>,
  issues: ImportIssue[],
  edition: FormatEdition = CURRENT_EDITION,
): void {
  const lines = joinBrokenLabels(printedLines, TABLE, issues);
  const GROUPS = groupsOf(edition);
  const T3_ROWS = edition.t3Rows;
  const layout = layoutName(edition);
  /** groups of the current edition that this edition prints as one row, should they be printed split */
  const folded = new FoldedRows(edition);
  let group: T3Group | undefined;
  const seen = new Set<string>();
  /** rows a single printed group row stands for (the older （六）其他处理): reported there, not as missing */
  const covered = new Set<string>();
  const headerLabels: string[] = [];
  /** the column of 自然人 in the printed header, when the header stands on a grid (see figuresOf) */
  let valueColumn: number | null = null;
  let bodyStarted = false;
  let repeatedHeaderNoted = false;
  /** continuation rows joined into the row above them */
  const joined = new Set<number>();
  /** continuation rows that could not be joined, with the reason */
  const unjoined = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!;
    if (joined.has(i) || !rowWithinLimit(at, TABLE, issues)) continue;
    const split = splitRow(at.cells);
    const { labels, values: raw } = split;
    const hasFigures = raw.some((c) => c !== '');
    if (labels.length === 0) {
      if (isPageNumberLine(at)) notePageNumber(at, TABLE, issues);
      else if (hasFigures)
        issues.push({
          severity: 'warning',
          where: where(at.line),
          message:
            unjoined.get(i) ?? `${TABLE}中有一行没有行名（${listValues(raw.filter(Boolean))}），无法确定含义，未导入`,
        });
      continue;
    }
    if (!hasFigures && isHeaderRow(labels)) {
      if (!bodyStarted) {
        headerLabels.push(...labels);
        const column = at.cells.findIndex((c) => canonLabel(c) === FIRST_COLUMN_CANON);
        if (column > 0 && valueColumn === null) valueColumn = column;
      } else if (!repeatedHeaderNoted) {
        repeatedHeaderNoted = true;
        issues.push({
          severity: 'info',
          where: where(at.line),
          message: `${TABLE}的表头在表格中间再次出现（表格跨页时重复的表头），已略过`,
        });
      }
      continue;
    }
    bodyStarted = true;
    const label = labels[labels.length - 1]!;
    const onlyGroup = groupOfLabel(label, GROUPS);
    if (onlyGroup || canonLabel(label) === RESULTS_CANON) {
      if (onlyGroup) group = onlyGroup;
      if (onlyGroup && hasFigures) {
        readSingleGroupRow(onlyGroup, at, split, headerLabels, valueColumn, values, issues);
        for (const r of onlyGroup.rows) covered.add(r.key);
      }
      continue;
    }
    // The labels before the row's own: 三、本年度办理结果 and the group (（三）不予公开 …), which sets the context.
    for (const context of labels.slice(0, -1)) {
      if (canonLabel(context) === RESULTS_CANON || folded.isGroupLabel(context)) continue;
      const g = matchLabel(context, GROUPS, (x) => x.label) ?? groupByNumbering(context, GROUPS);
      const results = g ? null : matchLabel(context, [T3_RESULTS_LABEL], (x) => x);
      if (g) group = g.item;
      const official = g?.item.label ?? results?.item;
      if (official && (g?.how ?? results?.how) === 'exact') continue;
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: official
          ? `${TABLE}中的“${quote(context)}”与规范名称“${official}”不一致，已按“${official}”导入`
          : `${TABLE}中的“${quote(context)}”不是${layout}的栏目名称，已忽略`,
      });
    }
    const candidates: readonly T3Row[] = group
      ? [...group.rows, ...T3_ROWS.filter((r) => !group!.rows.includes(r))]
      : T3_ROWS;
    if (folded.take(label, at, figuresOf(at, split, valueColumn).values, subtotalIndex(headerLabels), issues)) continue;
    const match = matchLabel(label, candidates, (r) => r.label);
    if (!match) {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `${TABLE}中的“${quote(label)}”行不是${layout}的内容，未导入`,
      });
      continue;
    }
    const row = match.item;
    if (match.how !== 'exact') {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `${TABLE}中的行名“${quote(label)}”与规范名称“${row.label}”不一致，已按“${row.label}”导入`,
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
    const what = `${TABLE}“${row.label}”行`;
    const figures = figuresOf(at, split, valueColumn);
    let printed: FittedCell[] | null = null;
    // A row broken across a page: its figures so far, then the label-less rest after the repeated header.
    const piece = trimBlanks(figures.values, figures.positional ? 'end' : 'both');
    const next = piece.length < printedCount ? continuationAfter(lines, i + 1) : -1;
    if (next >= 0) {
      const rest = trimBlanks(splitRow(lines[next]!.cells).values);
      if (piece.length + rest.length === printedCount) {
        printed = [...piece, ...rest];
        joined.add(next);
        issues.push({
          severity: 'info',
          where: where(at.line),
          message: `${what}跨页断开，其后没有行名的${rest.length}个数值是它的后半部分，已与前面的${piece.length}个数值合为一行`,
        });
      } else {
        unjoined.set(
          next,
          `${TABLE}中没有行名的一行数值（${listValues(rest)}）像是“${row.label}”行跨页断开的后半部分，但两段共${piece.length + rest.length}个数值，与应有的${printedCount}个不符，无法确定各数值所在的列，未导入；“${row.label}”行只导入了断开前的数值，请对照原表补填`,
        );
      }
    }
    if (!printed && !figures.positional && figures.values.length < printedCount && figures.values[0] === '') {
      // Too few figures and a blank before them: a blank cell or an empty label column, no way to tell.
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `${what}只有${figures.values.length}个单元格且以空白开头，无法确定各数值所在的列（${listValues(figures.values)}），该行未导入，请对照原表填写`,
      });
      continue;
    }
    printed ??= fitValues(figures.values, printedCount, at, what, issues);
    const cells = subtotalAt === null ? printed : printed.filter((_, i) => i !== subtotalAt);
    T3_COLUMNS.forEach((c, i) => {
      const id = cellId('T3', row.key, c.key);
      values[id] = importCell(cells[i], id, 'count', at, issues);
    });
  }
  checkHeader(headerLabels, issues);
  for (const key of folded.finish(seen, values, issues)) covered.add(key);
  const missing = T3_ROWS.filter((r) => !seen.has(r.key) && !covered.has(r.key));
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
 * A group printed as one row (the older single （六）其他处理 row). When every figure is 0, each of its
 * rows is 0: that is exact. Otherwise the split between the rows is unknown: they stay blank and the
 * note gives the printed figures, so the clerk can split them.
 */
function readSingleGroupRow(
  group: T3Group,
  at: TableLine,
  split: SplitRow,
  headerLabels: readonly string[],
  valueColumn: number | null,
  values: Record<CellId, Cell>,
  issues: ImportIssue[],
): void {
  const subtotalAt = subtotalIndex(headerLabels);
  const printedCount = T3_COLUMNS.length + (subtotalAt === null ? 0 : 1);
  const figures = figuresOf(at, split, valueColumn);
  const fitted = fitValues(figures.values, printedCount, at, `${TABLE}“${group.label}”行`, issues);
  const cells = subtotalAt === null ? fitted : fitted.filter((_, i) => i !== subtotalAt);
  const rows = group.rows.map((r) => `“${r.label}”`).join('、');
  if (cells.every((c) => c !== undefined && peekNumber(c, 'count') === '0')) {
    for (const r of group.rows) for (const c of T3_COLUMNS) values[cellId('T3', r.key, c.key)] = '0';
    issues.push({
      severity: 'info',
      where: where(at.line),
      message: `${TABLE}中“${group.label}”只印了一行（早期格式），各列均为0，已将其下${group.rows.length}行${rows}全部按0导入`,
    });
    return;
  }
  const printed = T3_COLUMNS.map((c, i) => `${c.label}${cells[i] ? quote(cells[i]!) : '（空白）'}`).join('、');
  issues.push({
    severity: 'error',
    where: where(at.line),
    message: `${TABLE}中“${group.label}”只有一行数值（早期格式），现行格式分为${rows}${group.rows.length}行，无法确定每行的数值，这${group.rows.length}行已留空。原表该行印的是：${printed}。请按实际情况分别填入这${group.rows.length}行`,
  });
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

/**
 * The sub-rows of a group that the report's edition prints as one row (the 2019 edition's （六）其他处理),
 * when a report of that edition prints them split as the current format does. Their sum is the one row,
 * exactly, when every figure of every sub-row is a number; otherwise the row stays blank and the printed
 * figures are named. A row printed as well wins, and the sub-rows are named as left out.
 */
class FoldedRows {
  private readonly groups: typeof SINGLE_ROW_GROUPS;
  private readonly printed = new Map<string, Array<{ row: T3Row; cells: FittedCell[]; line: number }>>();

  constructor(private readonly edition: FormatEdition) {
    this.groups = SINGLE_ROW_GROUPS.filter((g) => edition.t3Rows.includes(g.row));
  }

  isGroupLabel(label: string): boolean {
    return this.groups.some((g) => {
      const m = matchLabel(label, [g.group.label], (x) => x);
      return m !== null && m.how !== 'similar';
    });
  }

  /** True when the row is a sub-row of a folded group (its figures kept for finish()). */
  take(
    label: string,
    at: TableLine,
    figures: readonly string[],
    subtotalAt: number | null,
    issues: ImportIssue[],
  ): boolean {
    for (const { group, row } of this.groups) {
      const m = matchLabel(label, group.rows, (r) => r.label);
      if (!m || m.how === 'similar') continue;
      const list = this.printed.get(row.key) ?? [];
      if (list.some((p) => p.row === m.item)) return true;
      const count = T3_COLUMNS.length + (subtotalAt === null ? 0 : 1);
      const fitted = fitValues(figures, count, at, `${TABLE}“${m.item.label}”行`, issues);
      list.push({
        row: m.item,
        cells: subtotalAt === null ? fitted : fitted.filter((_, i) => i !== subtotalAt),
        line: at.line,
      });
      this.printed.set(row.key, list);
      return true;
    }
    return false;
  }

  /** Writes the sums and says what was done; returns the row keys accounted for. */
  finish(seen: ReadonlySet<string>, values: Record<CellId, Cell>, issues: ImportIssue[]): string[] {
    const done: string[] = [];
    const layout = layoutName(this.edition);
    for (const { group, row } of this.groups) {
      const printed = this.printed.get(row.key);
      if (!printed) continue;
      const names = printed.map((p) => `“${p.row.label}”`).join('、');
      if (seen.has(row.key)) {
        issues.push({
          severity: 'warning',
          where: where(printed[0]!.line),
          message: `${TABLE}中除“${row.label}”一行外，又印了现行格式的${names}行；${layout}只有“${row.label}”一行，已按该行导入，这几行未导入，请核对`,
        });
        continue;
      }
      done.push(row.key);
      const numbers = printed.map((p) => p.cells.map((c) => (c === undefined ? null : peekNumber(c, 'count'))));
      const complete = printed.length === group.rows.length && numbers.every((r) => r.every((n) => n !== null));
      if (complete) {
        T3_COLUMNS.forEach((c, i) => {
          values[cellId('T3', row.key, c.key)] = String(numbers.reduce((sum, r) => sum + Number(r[i]!), 0));
        });
        issues.push({
          severity: 'warning',
          where: where(printed[0]!.line),
          message: `${TABLE}中“${row.label}”按现行格式分${printed.length}行印制（${names}），${layout}只有“${row.label}”一行；已把这${printed.length}行各列之和按“${row.label}”行导入，请核对`,
        });
        continue;
      }
      const shown = printed
        .map(
          (p) =>
            `“${p.row.label}”：${p.cells.map((c) => (c === undefined || c === '' ? '（空白）' : quote(c))).join('、')}`,
        )
        .join('；');
      issues.push({
        severity: 'error',
        where: where(printed[0]!.line),
        message: `${TABLE}中“${row.label}”按现行格式分行印制，${layout}只有“${row.label}”一行；分行中有空白或不是数字的单元格，或缺少分行，无法求出该行，已留空。原表印的是：${shown}。请按原表把各分行之和填入“${row.label}”行`,
      });
    }
    return done;
  }
}
