/**
 * The merged-cell layout of each official table, derived from the definitions in tables.ts.
 * Rows list only the cells that start there (as HTML does): a cell covered by an earlier rowSpan or
 * colSpan is left out. The .docx, HTML, PDF and on-screen grids all read this one layout.
 */
import type { CellId, TableId } from './cells';
import {
  T2_BLOCKS,
  T2_GRID_COLUMNS,
  TABLE_CELLS,
  type T2Block,
  type T3Column,
  type T3ResultEntry,
  type T4Group,
  type T4Outcome,
  type TableCellDef,
  T3_APPLICANT_LABEL,
  T3_CARRIED_OVER,
  T3_CARRY_FORWARD,
  T3_COLUMNS,
  T3_CORNER_LABEL,
  T3_NEW_RECEIVED,
  T3_ORGANISATION_LABEL,
  T3_RESULT_ENTRIES,
  T3_RESULTS_LABEL,
  T4_GROUPS,
  T4_LITIGATION_LABEL,
  T4_OUTCOMES,
  T4_RECONSIDERATION_LABEL,
  type T3Row,
} from './tables';
import { cellId } from './cells';

export type LayoutCell =
  | { type: 'text'; text: string; rowSpan: number; colSpan: number; role: 'header' | 'label' | 'group' }
  | { type: 'value'; cell: CellId; rowSpan: number; colSpan: number; derived: boolean };

export interface TableLayout {
  table: TableId;
  columnCount: number;
  /** rows repeated at the top of each page; empty for T2, whose block headers sit in the body */
  headerRows: LayoutCell[][];
  bodyRows: LayoutCell[][];
}

const text = (t: string, role: 'header' | 'label' | 'group', rowSpan = 1, colSpan = 1): LayoutCell => ({
  type: 'text',
  text: t,
  rowSpan,
  colSpan,
  role,
});

/** What a set of table layouts is made from: one edition's tables. */
export interface LayoutSource {
  t2Blocks: readonly T2Block[];
  t3Columns: readonly T3Column[];
  t3ResultEntries: readonly T3ResultEntry[];
  t4Groups: readonly T4Group[];
  t4Outcomes: readonly T4Outcome[];
  cells: readonly TableCellDef[];
}

type ValueCell = (id: CellId, colSpan?: number) => LayoutCell;

function valueCells(cells: readonly TableCellDef[]): ValueCell {
  const derived = new Map(cells.map((c) => [c.id as string, c.derived]));
  return (id, colSpan = 1) => ({ type: 'value', cell: id, rowSpan: 1, colSpan, derived: derived.get(id) ?? false });
}

function t2Layout(source: LayoutSource, value: ValueCell): TableLayout {
  const bodyRows: LayoutCell[][] = [];
  const valueColumns = T2_GRID_COLUMNS - 1;
  for (const block of source.t2Blocks) {
    bodyRows.push([text(block.header, 'group', 1, T2_GRID_COLUMNS)]);
    // the value columns share the grid's three; the last takes what is left (2019: 上一年项目数量 | 本年增/减 ⟷)
    const span = Math.floor(valueColumns / block.columns.length);
    const spanOf = (i: number) => (i === block.columns.length - 1 ? valueColumns - span * i : span);
    bodyRows.push([
      text(block.contentLabel, 'header'),
      ...block.columns.map((c, i) => text(c.label, 'header', 1, spanOf(i))),
    ]);
    for (const row of block.rows) {
      bodyRows.push([
        text(row.label, 'label'),
        ...block.columns.map((c, i) => value(cellId('T2', row.key, c.key), spanOf(i))),
      ]);
    }
  }
  return { table: 'T2', columnCount: T2_GRID_COLUMNS, headerRows: [], bodyRows };
}

const T3_LABEL_COLUMNS = 3;

function t3Layout(source: LayoutSource, value: ValueCell): TableLayout {
  const columns = source.t3Columns;
  const t3Values = (row: T3Row): LayoutCell[] => columns.map((c) => value(cellId('T3', row.key, c.key)));
  const applicantColumns = columns.filter((c) => !c.isTotal);
  const natural = applicantColumns[0]!;
  const organisations = applicantColumns.slice(1);
  const total = columns.find((c) => c.isTotal)!;
  const headerRows: LayoutCell[][] = [
    [text(T3_CORNER_LABEL, 'header', 3, T3_LABEL_COLUMNS), text(T3_APPLICANT_LABEL, 'header', 1, columns.length)],
    [
      text(natural.label, 'header', 2, 1),
      text(T3_ORGANISATION_LABEL, 'header', 1, organisations.length),
      text(total.label, 'header', 2, 1),
    ],
    organisations.map((c) => text(c.label, 'header')),
  ];

  const resultRowCount = source.t3ResultEntries.reduce((n, e) => n + ('row' in e ? 1 : e.group.rows.length), 0);
  const bodyRows: LayoutCell[][] = [
    [text(T3_NEW_RECEIVED.label, 'label', 1, T3_LABEL_COLUMNS), ...t3Values(T3_NEW_RECEIVED)],
    [text(T3_CARRIED_OVER.label, 'label', 1, T3_LABEL_COLUMNS), ...t3Values(T3_CARRIED_OVER)],
  ];
  let first = true;
  for (const entry of source.t3ResultEntries) {
    const lead: LayoutCell[] = first ? [text(T3_RESULTS_LABEL, 'group', resultRowCount, 1)] : [];
    first = false;
    if ('row' in entry) {
      bodyRows.push([...lead, text(entry.row.label, 'label', 1, 2), ...t3Values(entry.row)]);
    } else {
      entry.group.rows.forEach((row, i) => {
        const groupCell = i === 0 ? [text(entry.group.label, 'group', entry.group.rows.length, 1)] : [];
        bodyRows.push([...(i === 0 ? lead : []), ...groupCell, text(row.label, 'label'), ...t3Values(row)]);
      });
    }
  }
  bodyRows.push([text(T3_CARRY_FORWARD.label, 'label', 1, T3_LABEL_COLUMNS), ...t3Values(T3_CARRY_FORWARD)]);
  return { table: 'T3', columnCount: T3_LABEL_COLUMNS + columns.length, headerRows, bodyRows };
}

function t4Layout(source: LayoutSource, value: ValueCell): TableLayout {
  const { t4Groups: groups, t4Outcomes: outcomes } = source;
  const litigation = groups.filter((g) => g.parent === T4_LITIGATION_LABEL);
  const reconsideration = groups.find((g) => g.label === T4_RECONSIDERATION_LABEL)!;
  const n = outcomes.length;
  const headerRows: LayoutCell[][] = [
    [text(reconsideration.label, 'header', 1, n), text(T4_LITIGATION_LABEL, 'header', 1, n * litigation.length)],
    [...outcomes.map((o) => text(o.label, 'header', 2, 1)), ...litigation.map((g) => text(g.label, 'header', 1, n))],
    litigation.flatMap(() => outcomes.map((o) => text(o.label, 'header'))),
  ];
  const bodyRows: LayoutCell[][] = [groups.flatMap((g) => outcomes.map((o) => value(cellId('T4', g.key, o.key))))];
  return { table: 'T4', columnCount: n * groups.length, headerRows, bodyRows };
}

/** The merged-cell layouts of one edition's tables. */
export function tableLayoutsOf(source: LayoutSource): Readonly<Record<TableId, TableLayout>> {
  const value = valueCells(source.cells);
  return { T2: t2Layout(source, value), T3: t3Layout(source, value), T4: t4Layout(source, value) };
}

export const TABLE_LAYOUTS: Readonly<Record<TableId, TableLayout>> = tableLayoutsOf({
  t2Blocks: T2_BLOCKS,
  t3Columns: T3_COLUMNS,
  t3ResultEntries: T3_RESULT_ENTRIES,
  t4Groups: T4_GROUPS,
  t4Outcomes: T4_OUTCOMES,
  cells: TABLE_CELLS,
});

/**
 * The layout as a full rectangle: each slot names the layout cell that covers it, with its origin.
 * Throws if spans overlap or leave holes, so a mistake in the table definition cannot reach an export.
 */
export function expandRows(
  rows: readonly LayoutCell[][],
  columnCount: number,
): Array<Array<{ cell: LayoutCell; origin: boolean }>> {
  const grid: Array<Array<{ cell: LayoutCell; origin: boolean } | undefined>> = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = (grid[r + dr] ??= []);
          if (line[c + dc]) throw new Error(`layout overlap at row ${r + dr}, column ${c + dc}`);
          line[c + dc] = { cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += cell.colSpan;
    }
  });
  if (grid.length !== rows.length) throw new Error('a rowSpan reaches past the last row');
  grid.forEach((line, r) => {
    if (line.length !== columnCount || line.some((slot) => !slot))
      throw new Error(`layout row ${r} does not fill ${columnCount} columns`);
  });
  return grid as Array<Array<{ cell: LayoutCell; origin: boolean }>>;
}
