/**
 * Reports of the same organ in consecutive years found in one run are paired for the cross-year rules
 * (X-CARRY, X-IN-FORCE, X-RECTIFY, X-REPEAT), as `check --prior` would pair them by hand.
 */

/** Organ names compare without whitespace: a title set as “孟州市 人民政府” is the same organ. */
export function organKey(name: string): string {
  return name.replace(/\s+/g, '');
}

/**
 * For each unit the index of last year's report of the same organ, or null. `units[i]` null is a file
 * that could not be read. When one organ has several reports of the same year (a .docx and its web
 * copy), the first in the list is taken: callers sort by file name, so the choice is stable.
 */
export function pairPriors(units: ReadonlyArray<{ organ: string; year: number | null } | null>): Array<number | null> {
  const first = new Map<string, number>();
  units.forEach((u, i) => {
    if (!u || u.year === null || organKey(u.organ) === '') return;
    const key = `${organKey(u.organ)}\u0000${u.year}`;
    if (!first.has(key)) first.set(key, i);
  });
  return units.map((u) => {
    if (!u || u.year === null || organKey(u.organ) === '') return null;
    return first.get(`${organKey(u.organ)}\u0000${u.year - 1}`) ?? null;
  });
}
