/**
 * The 试行 edition (国办公开办函〔2019〕60号), used by the reports for 2019 and 2020. Import-only: a published
 * report of that layout is read into its own edition with every number kept, viewed and checked by the
 * in-table sums that hold in both editions; a new report is always of the current edition.
 *
 * What differs from 2021: 表二 had other columns (本年新制作数量 / 本年新公开数量 / 对外公开总数量 for 规章 and
 * 规范性文件; 上一年项目数量 / 本年增/减 / 处理决定数量 for the licensing, punishment and fee blocks) and a
 * 第二十条第（九）项 政府集中采购 block; 表三 （六）其他处理 was a single row. Sections, T3's other rows and
 * columns, and 表四 are as in 2021 and are read from the 2021 definitions. The 2019 column keys are
 * deliberately not the 2021 ones: a cell id never means two different things.
 */
import { tableLayoutsOf } from '../layout';
import { SECTIONS } from '../sections';
import {
  T2_BLOCKS,
  T2_CONTENT_LABEL,
  T3_COLUMNS,
  T3_RESULT_ENTRIES,
  T4_GROUPS,
  T4_OUTCOMES,
  t3RowsOf,
  tableCellsOf,
  type T2Block,
  type T2Column,
  type T3ResultEntry,
} from '../tables';
import type { FormatEdition } from './edition';

/** A 2021 block's header and rows, where the 试行 template printed the same ones: written once, in ../tables. */
function block2021(key: string): T2Block {
  const block = T2_BLOCKS.find((b) => b.key === key);
  if (!block) throw new Error(`no 2021 block ${key}`);
  return block;
}
const row2021 = (blockKey: string, rowKey: string) => block2021(blockKey).rows.find((r) => r.key === rowKey)!;

const ITEMS_COLUMNS: readonly T2Column[] = [
  { key: 'priorYearItems', label: '上一年项目数量' },
  // a change: may be negative as printed (−2); kept with its sign, no CELL-DOMAIN in this edition
  { key: 'changeThisYear', label: '本年增/减', signed: true },
  { key: 'decisionCount', label: '处理决定数量' },
];

export const T2_BLOCKS_2019: readonly T2Block[] = [
  {
    key: 'article20Item1',
    header: block2021('article20Item1').header,
    contentLabel: T2_CONTENT_LABEL,
    columns: [
      { key: 'newlyMade', label: '本年新制作数量' },
      { key: 'newlyPublished', label: '本年新公开数量' },
      { key: 'publishedTotal', label: '对外公开总数量' },
    ],
    rows: [row2021('article20Item1', 'rules'), { key: 'normativeDocs', label: '规范性文件' }],
    kind: 'count',
  },
  {
    key: 'article20Item5',
    header: block2021('article20Item5').header,
    contentLabel: T2_CONTENT_LABEL,
    columns: ITEMS_COLUMNS,
    rows: [row2021('article20Item5', 'licensing'), { key: 'otherServices', label: '其他对外管理服务事项' }],
    kind: 'count',
  },
  {
    key: 'article20Item6',
    header: block2021('article20Item6').header,
    contentLabel: T2_CONTENT_LABEL,
    columns: ITEMS_COLUMNS,
    rows: block2021('article20Item6').rows,
    kind: 'count',
  },
  {
    key: 'article20Item8',
    header: block2021('article20Item8').header,
    contentLabel: T2_CONTENT_LABEL,
    columns: ITEMS_COLUMNS.slice(0, 2),
    rows: block2021('article20Item8').rows,
    kind: 'count',
  },
  {
    key: 'article20Item9',
    header: '第二十条第（九）项',
    contentLabel: T2_CONTENT_LABEL,
    columns: [
      { key: 'purchaseItems', label: '采购项目数量' },
      // the 试行 template names no unit; an amount is kept with its decimals as printed
      { key: 'purchaseAmount', label: '采购总金额', kind: 'wanYuan' },
    ],
    rows: [{ key: 'procurement', label: '政府集中采购' }],
    kind: 'count',
  },
];

/** 表三 of 2019: （六）其他处理 is one row, spanning like （一） and （二）. */
export const T3_OTHER_2019 = { key: 'other', label: '（六）其他处理', role: 'result' } as const;
export const T3_RESULT_ENTRIES_2019: readonly T3ResultEntry[] = T3_RESULT_ENTRIES.flatMap((e) => {
  if ('group' in e && e.group.label === T3_OTHER_2019.label) return [{ row: T3_OTHER_2019 }];
  return [e];
});

const tables = {
  t2Blocks: T2_BLOCKS_2019,
  t3Columns: T3_COLUMNS,
  t3ResultEntries: T3_RESULT_ENTRIES_2019,
  t4Groups: T4_GROUPS,
  t4Outcomes: T4_OUTCOMES,
};
const cells = tableCellsOf(tables);

export const EDITION_2019: FormatEdition<'2019'> = {
  id: '2019',
  notice: '国办公开办函〔2019〕60号',
  name: '2019年试行格式（国办公开办函〔2019〕60号）',
  importOnly: true,
  sections: SECTIONS,
  ...tables,
  t3Rows: t3RowsOf(T3_RESULT_ENTRIES_2019),
  cells,
  layouts: tableLayoutsOf({ ...tables, cells }),
  // the in-table sums, which hold in both editions; the rest speak of the 2021 format
  rules: ['T3-BALANCE', 'T3-RESULT-SUM', 'T3-ROW-SUM', 'T4-SUM'],
};
