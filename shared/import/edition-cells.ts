/**
 * The cells and labels of every edition the importer reads. A cell id never means two different things
 * (editions/edition-2019.ts): the T3 and T4 ids of the 2019 edition are the 2021 ones and mean the same,
 * its T2 ids are its own. So a cell's official titles can be looked up without knowing the edition, and
 * the import notes that name cells work for a report of either edition.
 */
import { editionById, editionCell, FORMAT_IDS, type FormatEdition, type TableCellDef } from '../format';

export const IMPORTED_EDITIONS: readonly FormatEdition[] = FORMAT_IDS.map(editionById);

export function cellDef(id: string): TableCellDef | undefined {
  for (const edition of IMPORTED_EDITIONS) {
    const cell = editionCell(edition, id);
    if (cell) return cell;
  }
  return undefined;
}

/** “第二十条第（一）项 规章”行“本年新制作数量”列 */
export function describeAnyCell(id: string): string {
  const c = cellDef(id);
  return c ? `“${c.rowTitle}”行“${c.columnTitle}”列` : id;
}
