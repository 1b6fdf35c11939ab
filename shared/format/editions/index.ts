/** The editions of the national format and how a report's edition is found. */
import type { FormatEdition, FormatId } from './edition';
import { EDITION_2021 } from './edition-2021';

export * from './edition';
export { EDITION_2021 } from './edition-2021';

/** The edition a new report follows. */
export const CURRENT_EDITION: FormatEdition = EDITION_2021;

const EDITIONS: Readonly<Record<FormatId, FormatEdition>> = { '2021': EDITION_2021 };

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
