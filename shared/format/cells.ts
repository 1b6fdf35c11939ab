/**
 * Kinds of numeric cells and how a table cell is addressed.
 * A cell id is `<table>.<row>.<column>`, e.g. `T3.newReceived.natural`; it is stable and used by
 * the report schema, the rules, the form, the exporters and the CLI.
 */
export type TableId = 'T2' | 'T3' | 'T4';

/** 件数: non-negative integer. 万元: non-negative, at most 6 decimals. 元: non-negative, at most 2 decimals. */
export type NumberKind = 'count' | 'wanYuan' | 'yuan';

export const NUMBER_KIND_DECIMALS: Record<NumberKind, number> = {
  count: 0,
  wanYuan: 6,
  yuan: 2,
};

export const NUMBER_KIND_UNIT: Record<NumberKind, string> = {
  count: '件',
  wanYuan: '万元',
  yuan: '元',
};

export type CellId = `${TableId}.${string}.${string}`;

export function cellId(table: TableId, row: string, column: string): CellId {
  return `${table}.${row}.${column}`;
}

export function parseCellId(id: string): { table: TableId; row: string; column: string } | null {
  const m = /^(T2|T3|T4)\.([A-Za-z0-9]+)\.([A-Za-z0-9]+)$/.exec(id);
  if (!m) return null;
  return { table: m[1] as TableId, row: m[2]!, column: m[3]! };
}
