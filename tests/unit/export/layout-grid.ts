/** The expected full grid of a table, from the format definition (TABLE_LAYOUTS), with values from a cell map. */
import { TABLE_LAYOUTS, expandRows, type LayoutCell, type TableId } from '../../../shared/format';

export interface ExpectedSlot {
  text: string;
  originRow: number;
  originCol: number;
  cellId?: string;
}

export function expectedGrid(table: TableId, values: ReadonlyMap<string, string | null>): ExpectedSlot[][] {
  const layout = TABLE_LAYOUTS[table];
  const grid = expandRows([...layout.headerRows, ...layout.bodyRows], layout.columnCount);
  const origins = new Map<LayoutCell, { r: number; c: number }>();
  grid.forEach((row, r) => row.forEach((slot, c) => (slot.origin ? origins.set(slot.cell, { r, c }) : undefined)));
  return grid.map((row) =>
    row.map(({ cell }) => {
      const o = origins.get(cell)!;
      if (cell.type === 'text') return { text: cell.text, originRow: o.r, originCol: o.c };
      return { text: values.get(cell.cell) ?? '', originRow: o.r, originCol: o.c, cellId: cell.cell };
    }),
  );
}
