/**
 * The grid the clerk sees, as positions: every value cell's row and column in the expanded
 * (merged-cell) body of an official table. Keyboard moves and pasting both walk this map, so they
 * follow the printed layout rather than the data model.
 */
import {
  CURRENT_EDITION,
  expandRows,
  type CellId,
  type FormatEdition,
  type LayoutCell,
  type TableId,
} from '../../shared/format';

export interface GridMap {
  table: TableId;
  columnCount: number;
  /** slot[r][c]: the value cell covering that slot, or null for a label or heading */
  slots: Array<Array<{ cell: CellId; derived: boolean; origin: boolean } | null>>;
  position: ReadonlyMap<CellId, { row: number; column: number }>;
  /** non-derived cells in reading order, for Tab */
  order: readonly CellId[];
}

function build(table: TableId, edition: FormatEdition): GridMap {
  const layout = edition.layouts[table];
  const expanded = expandRows(layout.bodyRows, layout.columnCount);
  const position = new Map<CellId, { row: number; column: number }>();
  const order: CellId[] = [];
  const slots = expanded.map((line, r) =>
    line.map(({ cell, origin }: { cell: LayoutCell; origin: boolean }, c) => {
      if (cell.type !== 'value') return null;
      if (origin) {
        position.set(cell.cell, { row: r, column: c });
        if (!cell.derived) order.push(cell.cell);
      }
      return { cell: cell.cell, derived: cell.derived, origin };
    }),
  );
  return { table, columnCount: layout.columnCount, slots, position, order };
}

const MAPS = new Map<FormatEdition, Map<TableId, GridMap>>();
/** The grid of one table as the report's edition lays it out (the 2019 试行 表二 has its own columns). */
export function gridMap(table: TableId, edition: FormatEdition = CURRENT_EDITION): GridMap {
  let ofEdition = MAPS.get(edition);
  if (!ofEdition) MAPS.set(edition, (ofEdition = new Map()));
  let m = ofEdition.get(table);
  if (!m) ofEdition.set(table, (m = build(table, edition)));
  return m;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

/** The editable cell a key press moves to, or null at the edge (derived totals are skipped). */
export function moveFrom(map: GridMap, from: CellId, move: Move): CellId | null {
  const at = map.position.get(from);
  if (!at) return null;
  if (move === 'next' || move === 'previous') {
    const i = map.order.indexOf(from);
    return map.order[move === 'next' ? i + 1 : i - 1] ?? null;
  }
  const [dr, dc] = { up: [-1, 0], down: [1, 0], left: [0, -1], right: [0, 1] }[move] as [number, number];
  let r = at.row + dr;
  let c = at.column + dc;
  while (r >= 0 && r < map.slots.length && c >= 0 && c < map.columnCount) {
    const slot = map.slots[r]![c];
    if (slot && !slot.derived && slot.cell !== from) return slot.cell;
    r += dr;
    c += dc;
  }
  return null;
}
