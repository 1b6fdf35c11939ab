/**
 * A data folder with many stored reports, written through the real store (every save runs the rules),
 * for the benchmarks that need one: the home list with 1,000 reports (home-list.ts), the bench rows.
 * Organs × years, each report a variant of the 孟州 2025 report; optionally followed by edits of
 * reports whose next year exists, as a clerk's bulk edits leave them (next year's counts depend on them).
 */
import { setCells, type Report } from '../../shared/report';
import { openStore } from '../../electron/services/store';
import { mengzhou2025 } from '../unit/store/helpers';

export interface SeedOptions {
  /** default 50 */
  organs?: number;
  /** per organ, default 20 (50 × 20 = 1,000 reports) */
  years?: number;
  firstYear?: number;
  /** saves after seeding, each of a report whose next year is stored (default 0) */
  edits?: number;
}

export interface Seeded {
  dbPath: string;
  reports: number;
  /** reports whose prior year was edited after they were stored */
  editedPriors: number;
}

export function seededReport(organ: number, year: number, edit: number): Report {
  const base = mengzhou2025();
  return setCells(
    { ...base, organ: { ...base.organ, name: `第${organ}号机关` }, year, intro: `${base.intro}（第${edit}次修改）` },
    { 'T2.licensing.decisions': String(edit), 'T2.punishment.decisions': String(organ) },
  );
}

/** Seeds `dir` (created by the store if missing) and closes the store again. */
export async function seedReports(dir: string, options: SeedOptions = {}): Promise<Seeded> {
  const { organs = 50, years = 20, firstYear = 2008, edits = 0 } = options;
  const store = openStore({ dir });
  try {
    const ids: Array<{ id: number; organ: number; year: number }> = [];
    for (let organ = 1; organ <= organs; organ++) {
      for (let y = 0; y < years; y++) {
        const year = firstYear + y;
        const record = await store.importReport(seededReport(organ, year, 0), 'draft', false);
        ids.push({ id: record.id, organ, year });
      }
    }
    // every year but the last has a next year whose counts depend on it
    const priors = ids.filter((r) => r.year < firstYear + years - 1);
    const edited = new Set<number>();
    for (let i = 0; i < edits && priors.length > 0; i++) {
      const target = priors[(i * 7919) % priors.length]!;
      await store.saveReport(target.id, seededReport(target.organ, target.year, i + 1));
      edited.add(target.id);
    }
    return { dbPath: store.path, reports: ids.length, editedPriors: edited.size };
  } finally {
    store.close();
  }
}
