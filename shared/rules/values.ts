/**
 * One read of the 200 cells per rule run. The rules look at each cell several times; reading through
 * getCell (which parses the id) and re-validating each time cost milliseconds per keystroke.
 */
import {
  editionOf,
  exactlyMappedCells,
  parseCellId,
  TABLE_CELLS,
  type CellId,
  type FormatEdition,
  type NumberKind,
} from '../format';
import { domainMessage, type Cell, type Report } from '../report';

export type Cells = (id: CellId) => Cell;

const KIND = new Map<string, NumberKind>(TABLE_CELLS.map((c) => [c.id, c.kind]));

/** Where each cell of an edition sits in report.tables, worked out once per edition. */
const PATHS = new Map<FormatEdition, Array<{ id: CellId; table: 'T2' | 'T3' | 'T4'; row: string; column: string }>>();
function pathsOf(edition: FormatEdition) {
  let paths = PATHS.get(edition);
  if (!paths) {
    paths = edition.cells.map((c) => ({ id: c.id, ...parseCellId(c.id)! }));
    PATHS.set(edition, paths);
  }
  return paths;
}

/** The cells of the report's own edition. */
export function readCells(report: Report): Cells {
  const values = new Map<string, Cell>();
  for (const p of pathsOf(editionOf(report))) values.set(p.id, report.tables[p.table][p.row]?.[p.column] ?? null);
  return (id) => values.get(id) ?? null;
}

/**
 * Last year's cells as this year's edition reads them: only the cells that mean exactly the same in both
 * editions (exactlyMappedCells); the rest read as blank, so a cross-year rule never compares a 2019 试行
 * column with a 2021 one. Of the same edition, every cell.
 */
export function readPriorCells(prior: Report, edition: FormatEdition): Cells {
  const from = editionOf(prior);
  const cells = readCells(prior);
  if (from === edition) return cells;
  const mapped = exactlyMappedCells(from, edition);
  return (id) => (mapped.has(id) ? cells(id) : null);
}

/** domainMessage, remembered: a report holds few distinct strings ("0", "129" …). */
const messages: Record<NumberKind, Map<string, string | null>> = {
  count: new Map(),
  wanYuan: new Map(),
  yuan: new Map(),
};
const MEMO_LIMIT = 2000;

export function cachedDomainMessage(value: string, kind: NumberKind): string | null {
  const memo = messages[kind];
  const hit = memo.get(value);
  if (hit !== undefined) return hit;
  const message = domainMessage(value, kind);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(value, message);
  return message;
}

export function kindOf(id: CellId): NumberKind {
  return KIND.get(id) ?? 'count';
}

/** The value when it is a valid number of its kind, else null (blank or malformed). */
export function validValue(cells: Cells, id: CellId): string | null {
  const v = cells(id);
  return v !== null && cachedDomainMessage(v, kindOf(id)) === null ? v : null;
}

export function isMalformed(cells: Cells, id: CellId): boolean {
  const v = cells(id);
  return v !== null && cachedDomainMessage(v, kindOf(id)) !== null;
}
