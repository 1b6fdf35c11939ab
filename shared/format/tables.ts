/**
 * The three fixed tables of the national format (国办公开办函〔2021〕30号), as data.
 * Every label is official wording, character for character; nothing else in the project spells them.
 */
import { cellId, type CellId, type NumberKind } from './cells';

// ─── T2 二、主动公开政府信息情况 ─────────────────────────────────────────────

export interface T2Column {
  key: string;
  label: string;
  /** when this column's numbers differ in kind from the rest of its block (2019: 采购项目数量 / 采购总金额) */
  kind?: NumberKind;
  /** a change from last year (2019: 本年增/减): may be negative, and is kept with its sign */
  signed?: boolean;
}
export interface T2Row {
  key: string;
  label: string;
}
export interface T2Block {
  key: string;
  /** spans all four columns */
  header: string;
  /** the label of the first column */
  contentLabel: string;
  columns: readonly T2Column[];
  /** a single value column spans the three value columns of the table grid */
  rows: readonly T2Row[];
  kind: NumberKind;
}

export const T2_CONTENT_LABEL = '信息内容';

export const T2_BLOCKS: readonly T2Block[] = [
  {
    key: 'article20Item1',
    header: '第二十条第（一）项',
    contentLabel: T2_CONTENT_LABEL,
    columns: [
      { key: 'issued', label: '本年制发件数' },
      { key: 'repealed', label: '本年废止件数' },
      { key: 'inForce', label: '现行有效件数' },
    ],
    rows: [
      { key: 'rules', label: '规章' },
      { key: 'normativeDocs', label: '行政规范性文件' },
    ],
    kind: 'count',
  },
  {
    key: 'article20Item5',
    header: '第二十条第（五）项',
    contentLabel: T2_CONTENT_LABEL,
    columns: [{ key: 'decisions', label: '本年处理决定数量' }],
    rows: [{ key: 'licensing', label: '行政许可' }],
    kind: 'count',
  },
  {
    key: 'article20Item6',
    header: '第二十条第（六）项',
    contentLabel: T2_CONTENT_LABEL,
    columns: [{ key: 'decisions', label: '本年处理决定数量' }],
    rows: [
      { key: 'punishment', label: '行政处罚' },
      { key: 'enforcement', label: '行政强制' },
    ],
    kind: 'count',
  },
  {
    key: 'article20Item8',
    header: '第二十条第（八）项',
    contentLabel: T2_CONTENT_LABEL,
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
    rows: [{ key: 'fees', label: '行政事业性收费' }],
    kind: 'wanYuan',
  },
];

/** Width of the T2 grid: the content column plus three value columns. */
export const T2_GRID_COLUMNS = 4;

// ─── T3 三、收到和处理政府信息公开申请情况 ─────────────────────────────────────

export interface T3Column {
  key: string;
  label: string;
  /** the 总计 column is the sum of the six applicant columns */
  isTotal: boolean;
}

export const T3_COLUMNS: readonly T3Column[] = [
  { key: 'natural', label: '自然人', isTotal: false },
  { key: 'commercial', label: '商业企业', isTotal: false },
  { key: 'research', label: '科研机构', isTotal: false },
  { key: 'publicInterest', label: '社会公益组织', isTotal: false },
  { key: 'legalService', label: '法律服务机构', isTotal: false },
  { key: 'otherOrg', label: '其他', isTotal: false },
  { key: 'total', label: '总计', isTotal: true },
];

export const T3_CORNER_LABEL = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const T3_APPLICANT_LABEL = '申请人情况';
export const T3_ORGANISATION_LABEL = '法人或其他组织';

/** What a row means to the rules. */
export type T3RowRole = 'newReceived' | 'carriedOver' | 'result' | 'resultTotal' | 'carryForward';

export interface T3Row {
  key: string;
  label: string;
  role: T3RowRole;
}
export interface T3Group {
  label: string;
  rows: readonly T3Row[];
}
/** An entry under 三、本年度办理结果: either a row spanning columns 2–3, or a group of rows labelled in column 2. */
export type T3ResultEntry = { row: T3Row } | { group: T3Group };

export const T3_NEW_RECEIVED: T3Row = {
  key: 'newReceived',
  label: '一、本年新收政府信息公开申请数量',
  role: 'newReceived',
};
export const T3_CARRIED_OVER: T3Row = {
  key: 'carriedOver',
  label: '二、上年结转政府信息公开申请数量',
  role: 'carriedOver',
};
export const T3_RESULTS_LABEL = '三、本年度办理结果';
export const T3_RESULT_TOTAL: T3Row = { key: 'resultTotal', label: '（七）总计', role: 'resultTotal' };
export const T3_CARRY_FORWARD: T3Row = {
  key: 'carryForward',
  label: '四、结转下年度继续办理',
  role: 'carryForward',
};

const result = (key: string, label: string): T3Row => ({ key, label, role: 'result' });

export const T3_RESULT_ENTRIES: readonly T3ResultEntry[] = [
  { row: result('disclosed', '（一）予以公开') },
  { row: result('partlyDisclosed', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）') },
  {
    group: {
      label: '（三）不予公开',
      rows: [
        result('withheldStateSecret', '1.属于国家秘密'),
        result('withheldProhibited', '2.其他法律行政法规禁止公开'),
        result('withheldSecurity', '3.危及“三安全一稳定”'),
        result('withheldThirdParty', '4.保护第三方合法权益'),
        result('withheldInternal', '5.属于三类内部事务信息'),
        result('withheldProcess', '6.属于四类过程性信息'),
        result('withheldEnforcement', '7.属于行政执法案卷'),
        result('withheldInquiry', '8.属于行政查询事项'),
      ],
    },
  },
  {
    group: {
      label: '（四）无法提供',
      rows: [
        result('unableNotHeld', '1.本机关不掌握相关政府信息'),
        result('unableNeedsCreation', '2.没有现成信息需要另行制作'),
        result('unableUnclear', '3.补正后申请内容仍不明确'),
      ],
    },
  },
  {
    group: {
      label: '（五）不予处理',
      rows: [
        result('notProcessedComplaint', '1.信访举报投诉类申请'),
        result('notProcessedRepeat', '2.重复申请'),
        result('notProcessedPublication', '3.要求提供公开出版物'),
        result('notProcessedMassive', '4.无正当理由大量反复申请'),
        result('notProcessedConfirm', '5.要求行政机关确认或重新出具已获取信息'),
      ],
    },
  },
  {
    group: {
      label: '（六）其他处理',
      rows: [
        result('otherOverdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
        result('otherOverdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
        result('otherOther', '3.其他'),
      ],
    },
  },
  { row: T3_RESULT_TOTAL },
];

/** The 21 result rows （一）…（六）3, in order (SPEC.md miscounts them as 20). */
export const T3_RESULT_ROWS: readonly T3Row[] = T3_RESULT_ENTRIES.flatMap((e) =>
  'row' in e ? (e.row.role === 'result' ? [e.row] : []) : e.group.rows,
);

/** All 25 rows that carry numbers, in table order. */
export const T3_ROWS: readonly T3Row[] = t3RowsOf(T3_RESULT_ENTRIES);

/** The group label a row sits under (（三）不予公开 …), if any. */
export function t3GroupOf(rowKey: string, entries: readonly T3ResultEntry[] = T3_RESULT_ENTRIES): T3Group | undefined {
  for (const e of entries) if ('group' in e && e.group.rows.some((r) => r.key === rowKey)) return e.group;
  return undefined;
}

/** The 25 rows (or however many an edition has) of T3 that carry numbers, in table order. */
export function t3RowsOf(entries: readonly T3ResultEntry[]): T3Row[] {
  return [
    T3_NEW_RECEIVED,
    T3_CARRIED_OVER,
    ...entries.flatMap((e) => ('row' in e ? [e.row] : e.group.rows)),
    T3_CARRY_FORWARD,
  ];
}

/** Official wording that names a T3 row unambiguously, e.g. 三、本年度办理结果（三）不予公开 1.属于国家秘密. */
export function t3RowTitle(rowKey: string, entries: readonly T3ResultEntry[] = T3_RESULT_ENTRIES): string {
  const row = t3RowsOf(entries).find((r) => r.key === rowKey);
  if (!row) throw new Error(`unknown T3 row ${rowKey}`);
  if (row.role === 'result' || row.role === 'resultTotal') {
    const group = t3GroupOf(rowKey, entries);
    return group ? `${T3_RESULTS_LABEL}${group.label}${row.label}` : `${T3_RESULTS_LABEL}${row.label}`;
  }
  return row.label;
}

// ─── T4 四、政府信息公开行政复议、行政诉讼情况 ──────────────────────────────────

export interface T4Outcome {
  key: string;
  label: string;
  isTotal: boolean;
}
export const T4_OUTCOMES: readonly T4Outcome[] = [
  { key: 'upheld', label: '结果维持', isTotal: false },
  { key: 'corrected', label: '结果纠正', isTotal: false },
  { key: 'other', label: '其他结果', isTotal: false },
  { key: 'pending', label: '尚未审结', isTotal: false },
  { key: 'total', label: '总计', isTotal: true },
];

export interface T4Group {
  key: string;
  label: string;
  /** 行政诉讼 is the parent heading of its two groups */
  parent?: string;
}
export const T4_RECONSIDERATION_LABEL = '行政复议';
export const T4_LITIGATION_LABEL = '行政诉讼';
export const T4_GROUPS: readonly T4Group[] = [
  { key: 'reconsideration', label: T4_RECONSIDERATION_LABEL },
  { key: 'litigationDirect', label: '未经复议直接起诉', parent: T4_LITIGATION_LABEL },
  { key: 'litigationAfterReview', label: '复议后起诉', parent: T4_LITIGATION_LABEL },
];

// ─── Every numeric table cell ─────────────────────────────────────────────────

export interface TableCellDef {
  id: CellId;
  kind: NumberKind;
  /** derived totals: computed in the form, printed totals kept on import */
  derived: boolean;
  /** official wording naming the row and column, for messages */
  rowTitle: string;
  columnTitle: string;
}

/** The cells of a set of tables (one edition's): T2, then T3, then T4, in table order. */
export function tableCellsOf(tables: {
  t2Blocks: readonly T2Block[];
  t3Columns: readonly T3Column[];
  t3ResultEntries: readonly T3ResultEntry[];
  t4Groups: readonly T4Group[];
  t4Outcomes: readonly T4Outcome[];
}): TableCellDef[] {
  const t2 = tables.t2Blocks.flatMap((b) =>
    b.rows.flatMap((r) =>
      b.columns.map((c) => ({
        id: cellId('T2', r.key, c.key),
        kind: c.kind ?? b.kind,
        derived: false,
        rowTitle: `${b.header} ${r.label}`,
        columnTitle: c.label,
      })),
    ),
  );
  const t3 = t3RowsOf(tables.t3ResultEntries).flatMap((r) =>
    tables.t3Columns.map((c) => ({
      id: cellId('T3', r.key, c.key),
      kind: 'count' as const,
      derived: c.isTotal || r.role === 'resultTotal',
      rowTitle: t3RowTitle(r.key, tables.t3ResultEntries),
      columnTitle: c.label,
    })),
  );
  const t4 = tables.t4Groups.flatMap((g) =>
    tables.t4Outcomes.map((o) => ({
      id: cellId('T4', g.key, o.key),
      kind: 'count' as const,
      derived: o.isTotal,
      rowTitle: g.parent ? `${g.parent}（${g.label}）` : g.label,
      columnTitle: o.label,
    })),
  );
  return [...t2, ...t3, ...t4];
}

export const TABLE_CELLS: readonly TableCellDef[] = tableCellsOf({
  t2Blocks: T2_BLOCKS,
  t3Columns: T3_COLUMNS,
  t3ResultEntries: T3_RESULT_ENTRIES,
  t4Groups: T4_GROUPS,
  t4Outcomes: T4_OUTCOMES,
});
export const T2_CELLS: readonly TableCellDef[] = TABLE_CELLS.filter((c) => c.id.startsWith('T2.'));
export const T3_CELLS: readonly TableCellDef[] = TABLE_CELLS.filter((c) => c.id.startsWith('T3.'));
export const T4_CELLS: readonly TableCellDef[] = TABLE_CELLS.filter((c) => c.id.startsWith('T4.'));

const CELL_BY_ID = new Map<string, TableCellDef>(TABLE_CELLS.map((c) => [c.id, c]));

export function tableCell(id: string): TableCellDef | undefined {
  return CELL_BY_ID.get(id);
}

/** e.g. 三、收到和处理… 表中“一、本年新收…”行“自然人”列 */
export function describeCell(id: string): string {
  const c = CELL_BY_ID.get(id);
  return c ? cellDescription(c) : id;
}

/** A cell of any edition named by its official row and column titles. */
export function cellDescription(c: Pick<TableCellDef, 'rowTitle' | 'columnTitle'>): string {
  return `“${c.rowTitle}”行“${c.columnTitle}”列`;
}
