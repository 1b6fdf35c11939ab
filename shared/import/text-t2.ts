/** 二、主动公开政府信息情况 from tab-separated rows: blocks by their header, rows by their label. */
import type { ImportIssue } from './outcome';
import { cellId, sectionDef, T2_BLOCKS, T2_CONTENT_LABEL, type CellId, type T2Block, type T2Row } from '../format';
import { T2_BLOCKS_2019 } from '../format/editions';
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
import { canonLabel, matchLabel } from './text-labels';

/**
 * Columns of the 2019 试行 format (国办公开办函〔2019〕60号) that do not map onto the current ones, and its
 * blocks the current format dropped: read from the 2019 edition, never spelled here again.
 */
const currentColumnLabels = new Set(T2_BLOCKS.flatMap((b) => b.columns.map((c) => canonLabel(c.label))));
const TRIAL_FORMAT_COLUMNS = [...new Set(T2_BLOCKS_2019.flatMap((b) => b.columns.map((c) => c.label)))].filter(
  (label) => !currentColumnLabels.has(canonLabel(label)),
);
const TRIAL_ONLY_BLOCKS = T2_BLOCKS_2019.filter((b) => !T2_BLOCKS.some((current) => current.key === b.key));
const BLOCK_HEADER = /^第二十条第（?([一二三四五六七八九十]+)）?项/;
const numeralOf = (canon: string) => BLOCK_HEADER.exec(canon)?.[1];

const ROWS = T2_BLOCKS.flatMap((b) => b.rows.map((row) => ({ block: b, row })));

export function parseT2(printedLines: readonly TableLine[], values: Record<CellId, Cell>, issues: ImportIssue[]): void {
  const lines = joinBrokenLabels(printedLines, `“${sectionDef('proactive').heading}”表`, issues);
  let block: T2Block | null = null;
  let blockUsable = false;
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
    if (BLOCK_HEADER.test(first)) {
      block = T2_BLOCKS.find((b) => numeralOf(canonLabel(b.header)) === numeralOf(first)) ?? null;
      blockUsable = block !== null;
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
        const dropped = TRIAL_ONLY_BLOCKS.find((b) => numeralOf(canonLabel(b.header)) === numeralOf(first));
        const trial = dropped
          ? `（2019年试行格式中的${dropped.rows.map((r) => r.label).join('、')}区块，现行格式已取消）`
          : '';
        issues.push({
          severity: 'warning',
          where: where(at.line),
          message: `第二部分表格中的“${quote(labels[0]!)}”不是现行格式的区块${trial}，其中的数据未导入`,
        });
      }
      continue;
    }
    if (first === canonLabel(T2_CONTENT_LABEL)) {
      if (!block) continue;
      const printed = labels.slice(1);
      const official = block.columns.map((c) => c.label);
      const trial = printed.filter((l) => TRIAL_FORMAT_COLUMNS.some((t) => canonLabel(t) === canonLabel(l)));
      if (trial.length > 0) {
        blockUsable = false;
        issues.push({
          severity: 'error',
          where: where(at.line),
          message: `第二部分“${block.header}”使用了2019年试行格式的栏目“${listValues(trial)}”，与现行格式的“${official.join('、')}”不对应，该区块数据未导入`,
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
            : `第二部分“${block.header}”的栏目“${listValues(printed)}”与现行格式的“${official.join('、')}”不对应，该区块数据未导入`,
        });
      }
      continue;
    }
    const label = labels[labels.length - 1]!;
    const match = matchLabel(label, ROWS, (r) => r.row.label);
    if (!match) {
      issues.push({
        severity: 'warning',
        where: where(at.line),
        message: `第二部分表格中的“${quote(label)}”行不是现行格式的内容，未导入`,
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
    readRowValues(rowBlock, row, raw, at, values, issues);
  }
  for (const b of T2_BLOCKS) {
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

function readRowValues(
  block: T2Block,
  row: T2Row,
  raw: readonly string[],
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
    cells = fitValues(raw, block.columns.length, at, what, issues);
  }
  block.columns.forEach((c, i) => {
    const id = cellId('T2', row.key, c.key);
    values[id] = importCell(cells[i], id, block.kind, at, issues);
  });
}
