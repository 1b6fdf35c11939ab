/** 二、主动公开政府信息情况 from tab-separated rows: blocks by their header, rows by their label, in the report's edition. */
import type { ImportIssue } from './outcome';
import {
  cellId,
  CURRENT_EDITION,
  sectionDef,
  type CellId,
  type FormatEdition,
  type T2Block,
  type T2Row,
} from '../format';
import type { Cell } from '../report';
import {
  fitValues,
  joinBrokenLabels,
  importCell,
  listValues,
  quote,
  rowWithinLimit,
  splitRow,
  where,
  type FittedCell,
  type TableLine,
} from './text-cells';
import { IMPORTED_EDITIONS } from './edition-cells';
import { blockNumeral, layoutName } from './printed-edition';
import { canonLabel, matchLabel } from './text-labels';

/**
 * What 表二 of one edition is read against: its blocks and rows, and the columns and blocks of the other
 * editions that do not map onto its own (a 试行 block in a report otherwise of the current layout), read
 * from the editions, never spelled here again.
 */
interface T2Reading {
  edition: FormatEdition;
  layout: string;
  rows: ReadonlyArray<{ block: T2Block; row: T2Row }>;
  /** columns other editions print that this one has not, with the edition's layout name */
  foreignColumns: ReadonlyArray<{ label: string; layout: string }>;
  /** blocks only other editions have */
  foreignBlocks: ReadonlyArray<{ block: T2Block; layout: string }>;
}

const READINGS = new Map<FormatEdition, T2Reading>();

function readingOf(edition: FormatEdition): T2Reading {
  let reading = READINGS.get(edition);
  if (reading) return reading;
  const own = [...new Set(edition.t2Blocks.flatMap((b) => b.columns.map((c) => c.label)))];
  const others = IMPORTED_EDITIONS.filter((e) => e !== edition);
  // a column worded like one of this edition's (处理决定数量 / 本年处理决定数量) is a variant, not foreign
  const foreignColumns = others.flatMap((e) =>
    [...new Set(e.t2Blocks.flatMap((b) => b.columns.map((c) => c.label)))]
      .filter((label) => matchLabel(label, own, (x) => x) === null)
      .map((label) => ({ label, layout: layoutName(e) })),
  );
  const items = new Set(edition.t2Blocks.map((b) => blockNumeral(canonLabel(b.header))));
  const foreignBlocks = others.flatMap((e) =>
    e.t2Blocks
      .filter((b) => !items.has(blockNumeral(canonLabel(b.header))))
      .map((block) => ({ block, layout: layoutName(e) })),
  );
  reading = {
    edition,
    layout: layoutName(edition),
    rows: edition.t2Blocks.flatMap((b) => b.rows.map((row) => ({ block: b, row }))),
    foreignColumns,
    foreignBlocks,
  };
  READINGS.set(edition, reading);
  return reading;
}

export function parseT2(
  printedLines: readonly TableLine[],
  values: Record<CellId, Cell>,
  issues: ImportIssue[],
  edition: FormatEdition = CURRENT_EDITION,
): void {
  const { layout, rows, foreignColumns, foreignBlocks } = readingOf(edition);
  const lines = joinBrokenLabels(printedLines, `“${sectionDef('proactive').heading}”表`, issues);
  let block: T2Block | null = null;
  let blockUsable = false;
  /** where the block's column headers stand in the printed grid (see columnPositions) */
  let positions: number[] | null = null;
  const seenRows = new Set<string>();
  const seenBlocks = new Set<string>();
  for (const at of lines) {
    if (!rowWithinLimit(at, `“${sectionDef('proactive').heading}”表`, issues)) continue;
    const { labels, values: raw } = splitRow(at.cells);
    if (labels.length === 0) {
      if (raw.some((c) => c !== '')) {
        issues.push({
          severity: 'warning',
          where: where(at.line),
          message: `“${sectionDef('proactive').heading}”表中有一行没有行名（${listValues(raw.filter(Boolean))}），无法确定含义，未导入`,
        });
      }
      continue;
    }
    const first = canonLabel(labels[0]!);
    const item = blockNumeral(first);
    if (item) {
      block = edition.t2Blocks.find((b) => blockNumeral(canonLabel(b.header)) === item) ?? null;
      blockUsable = block !== null;
      positions = null;
      if (block) {
        seenBlocks.add(block.key);
        if (canonLabel(block.header) !== first) {
          issues.push({
            severity: 'warning',
            where: where(at.line),
            message: `第二部分表格中的“${quote(labels[0]!)}”与规范名称“${block.header}”不一致，已按“${block.header}”导入`,
          });
        }
      } else {
        const dropped = foreignBlocks.find((f) => blockNumeral(canonLabel(f.block.header)) === item);
        const other = dropped
          ? `（${dropped.layout}中的${dropped.block.rows.map((r) => r.label).join('、')}区块，${layout}没有这一区块）`
          : '';
        issues.push({
          severity: 'warning',
          where: where(at.line),
          message: `第二部分表格中的“${quote(labels[0]!)}”不是${layout}的区块${other}，其中的数据未导入`,
        });
      }
      continue;
    }
    if (edition.t2Blocks.some((b) => first === canonLabel(b.contentLabel))) {
      if (!block) continue;
      positions = columnPositions(at.cells, block.columns.length);
      const printed = labels.slice(1);
      const official = block.columns.map((c) => c.label);
      const foreign = foreignColumns.filter((f) => printed.some((l) => canonLabel(l) === canonLabel(f.label)));
      if (foreign.length > 0) {
        blockUsable = false;
        const from = [...new Set(foreign.map((f) => f.layout))].join('、');
        issues.push({
          severity: 'error',
          where: where(at.line),
          message: `第二部分“${block.header}”印的是${from}的栏目“${listValues(foreign.map((f) => f.label))}”，而本报告按${layout}导入（见表格格式的说明），这些栏目与${layout}的“${official.join('、')}”不对应，该区块数据未导入。请对照原表在${layout}的栏目中填写`,
        });
      } else if (
        printed.length !== official.length ||
        printed.some((l, i) => canonLabel(l) !== canonLabel(official[i]!))
      ) {
        const similar =
          printed.length === official.length &&
          printed.every((l, i) => matchLabel(l, [official[i]!], (x) => x) !== null);
        blockUsable = similar;
        issues.push({
          severity: similar ? 'warning' : 'error',
          where: where(at.line),
          message: similar
            ? `第二部分“${block.header}”的栏目“${listValues(printed)}”与规范名称“${official.join('、')}”不一致，已按规范栏目导入`
            : `第二部分“${block.header}”的栏目“${listValues(printed)}”与${layout}的“${official.join('、')}”不对应，该区块数据未导入`,
        });
      }
      continue;
    }
    const label = labels[labels.length - 1]!;
    const match = matchLabel(label, rows, (r) => r.row.label);
    if (!match) {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `第二部分表格中的“${quote(label)}”行不是${layout}的内容，未导入`,
      });
      continue;
    }
    const { block: rowBlock, row } = match.item;
    if (block && rowBlock !== block) {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `第二部分表格中“${row.label}”出现在“${block.header}”区块下，已按“${rowBlock.header}”导入，请核对`,
      });
    } else if (block && !blockUsable) continue;
    if (match.how !== 'exact') {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `第二部分表格中的行名“${quote(label)}”与规范名称“${row.label}”不一致，已按“${row.label}”导入`,
      });
    }
    if (seenRows.has(row.key)) {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `第二部分表格中“${row.label}”行重复出现，只导入第一次出现的数值`,
      });
      continue;
    }
    seenRows.add(row.key);
    const onGrid = rowBlock === block ? valuesOnGrid(at.cells, positions) : null;
    readRowValues(rowBlock, row, onGrid ?? raw, onGrid !== null, at, values, issues);
  }
  for (const b of edition.t2Blocks) {
    if (!seenBlocks.has(b.key) && !b.rows.some((r) => seenRows.has(r.key))) {
      issues.push({ severity: 'warning', message: `第二部分表格中没有找到“${b.header}”区块，相应单元格留空` });
      continue;
    }
    const missing = b.rows.filter((r) => !seenRows.has(r.key));
    if (missing.length > 0) {
      issues.push({
        severity: 'warning',
        message: `第二部分“${b.header}”缺少“${missing.map((r) => r.label).join('、')}”行，相应单元格留空`,
      });
    }
  }
}

/**
 * The grid columns of a block's column headers: each header where its cell starts (a merged header
 * flattened leaves blanks, or repeats the label, after it). Null unless there is one per column.
 */
function columnPositions(cells: readonly string[], columns: number): number[] | null {
  const first = cells.findIndex((c) => c.trim() !== '');
  const at: number[] = [];
  for (let i = first + 1; i < cells.length; i++) {
    const c = cells[i]!.trim();
    if (c !== '' && c !== cells[i - 1]!.trim()) at.push(i);
  }
  return columns > 1 && at.length === columns ? at : null;
}

/**
 * A row's figures read under the block's column headers: in a block whose columns span unequal parts of
 * the grid (2019: 上一年项目数量 | 本年增/减 ⟷), a blank first figure would otherwise shift the next one
 * into its place. Only when the row stands on the same grid: nothing before the first header's column
 * but the label, and every other cell blank or repeating the figure of the merged cell it belongs to.
 */
function valuesOnGrid(cells: readonly string[], positions: readonly number[] | null): string[] | null {
  if (!positions) return null;
  const start = positions[0]!;
  if (cells.length <= positions[positions.length - 1]! || splitRow(cells).valueStart > start) return null;
  let owner = '';
  for (let i = start; i < cells.length; i++) {
    const c = cells[i]!.trim();
    if (positions.includes(i)) owner = c;
    else if (c !== '' && c !== owner) return null;
  }
  return positions.map((p) => cells[p]!.trim());
}

function readRowValues(
  block: T2Block,
  row: T2Row,
  raw: readonly string[],
  onGrid: boolean,
  at: TableLine,
  values: Record<CellId, Cell>,
  issues: ImportIssue[],
): void {
  const what = `第二部分“${row.label}”行`;
  let cells: FittedCell[];
  if (block.columns.length === 1) {
    // One value spanning three grid columns: flattening leaves blanks, or repeats the value, after it.
    const filled = raw.filter((c) => c !== '');
    if (new Set(filled).size > 1) {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `${what}只应有1个数值，实际有“${listValues(filled)}”，已取第一个，请核对`,
      });
    }
    cells = [filled[0] ?? ''];
  } else {
    cells = onGrid ? [...raw] : fitValues(raw, block.columns.length, at, what, issues);
  }
  block.columns.forEach((c, i) => {
    const id = cellId('T2', row.key, c.key);
    values[id] = importCell(cells[i], id, c.kind ?? block.kind, at, issues, c.signed === true);
  });
}
