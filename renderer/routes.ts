/** The addresses App routes (hash routing), in one place: the entry script reads them before React runs. */
export const UNITS_HASH = '#/units';
/** #/report/12/requests (editing) or #/report/12/requests/view (read-only) */
export const REPORT_HASH = /^#\/report\/(\d+)(?:\/(\w+))?(\/view)?$/;

/** every other address shows the home page */
export function isHomeHash(hash: string): boolean {
  return hash !== UNITS_HASH && !REPORT_HASH.test(hash);
}
