/** Reading and writing table cells of a report by cell id, without mutating the report. */
import { editionOf, parseCellId, type CellId } from '../format';
import type { Cell, Report, Tables } from './schema';

function cloneTables(t: Tables): Tables {
  const copy = (g: Record<string, Record<string, Cell>>) =>
    Object.fromEntries(Object.entries(g).map(([k, row]) => [k, { ...row }]));
  return { T2: copy(t.T2), T3: copy(t.T3), T4: copy(t.T4) };
}

export function getCell(report: Report, id: CellId | string): Cell {
  const p = parseCellId(id);
  if (!p) throw new Error(`bad cell id ${id}`);
  const v = report.tables[p.table][p.row]?.[p.column];
  if (v === undefined) throw new Error(`unknown cell ${id}`);
  return v;
}

export function setCells(report: Report, values: ReadonlyMap<string, Cell> | Record<string, Cell>): Report {
  const entries = values instanceof Map ? [...values.entries()] : Object.entries(values);
  const tables = cloneTables(report.tables);
  for (const [id, v] of entries) {
    const p = parseCellId(id);
    const row = p && tables[p.table][p.row];
    if (!p || !row || !(p.column in row)) throw new Error(`unknown cell ${id}`);
    row[p.column] = v;
  }
  return { ...report, tables };
}

export function setCell(report: Report, id: CellId | string, value: Cell): Report {
  return setCells(report, { [id]: value });
}

/** Every numeric table cell of the report's edition with its value, in table order. */
export function allCells(report: Report): Array<{ id: CellId; value: Cell }> {
  return editionOf(report).cells.map((c) => ({ id: c.id, value: getCell(report, c.id) }));
}
