/** The editions of the national format and how a report's edition is found. */
import type { FormatEdition, FormatId } from './edition';
import { EDITION_2019 } from './edition-2019';
import { EDITION_2021 } from './edition-2021';
import { cellDescription, type TableCellDef } from '../tables';

export * from './edition';
export { EDITION_2021 } from './edition-2021';
export { EDITION_2019, T2_BLOCKS_2019, T3_OTHER_2019, T3_RESULT_ENTRIES_2019 } from './edition-2019';

/** The edition a new report follows. */
export const CURRENT_EDITION: FormatEdition = EDITION_2021;

const EDITIONS: Readonly<Record<FormatId, FormatEdition>> = { '2021': EDITION_2021, '2019': EDITION_2019 };

export function isFormatId(id: unknown): id is FormatId {
  return typeof id === 'string' && Object.hasOwn(EDITIONS, id);
}

export function editionById(id: FormatId): FormatEdition {
  return EDITIONS[id];
}

/** The edition a report (or anything that names one) follows. */
export function editionOf(report: { format: FormatId }): FormatEdition {
  return EDITIONS[report.format];
}

const CELLS_BY_EDITION = new Map<FormatEdition, ReadonlyMap<string, TableCellDef>>();

/** A numeric cell of an edition by id (its kind, whether derived, its official row and column titles). */
export function editionCell(edition: FormatEdition, id: string): TableCellDef | undefined {
  let cells = CELLS_BY_EDITION.get(edition);
  if (!cells) {
    cells = new Map(edition.cells.map((c) => [c.id, c]));
    CELLS_BY_EDITION.set(edition, cells);
  }
  return cells.get(id);
}

export { editionDifferences, exactlyMappedCells, importOnlyReason, unmappedNotes } from './mapping';

/** A numeric cell of an edition described for the clerk (“…”行“…”列), or its id if the edition has none such. */
export function describeEditionCell(edition: FormatEdition, id: string): string {
  const c = editionCell(edition, id);
  return c ? cellDescription(c) : id;
}
