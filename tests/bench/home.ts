/**
 * The home page with 1,000 stored reports (50 organs × 20 years, written through the store into a temp
 * data folder): from navigation until the report list is painted, at 1× and 4× CPU throttle. The
 * measuring is edges' measureHomeList (home-list.ts: its probe waits for the app's data-ready mark and
 * the list, and splits the time into the list request and the page's own work); this file makes it rows.
 */
import { measureHomeList, type HomeListTiming } from './home-list';
import { median, PROJECT_ROOT } from './browser';
import type { Bench, BenchResult } from './types';

const LOADS = 3;
export const HOME_TARGET_MS = { 1: 100, 4: 300 } as const;

export const homeBench: Bench = {
  title: 'home page with 1000 reports (Chromium, loopback host)',
  async run(): Promise<BenchResult[]> {
    const timings = await measureHomeList({
      runs: LOADS,
      throttles: [1, 4],
      emptyCacheThrottles: [1],
      projectRoot: PROJECT_ROOT,
    });
    const results: BenchResult[] = [];
    for (const rate of [1, 4] as const) {
      const runs = timings.filter((t) => t.throttle === rate && !t.emptyCache);
      const m = (pick: (t: HomeListTiming) => number) => median(runs.map(pick));
      results.push(
        {
          name: `home painted, ${rate}× (median of ${runs.length})`,
          measured: m((t) => t.paintedMs),
          target: HOME_TARGET_MS[rate],
          unit: 'ms',
        },
        {
          name: `  list request (reports.list), ${rate}×`,
          measured: m((t) => t.listRequestMs),
          target: null,
          unit: 'ms',
        },
        { name: `  list answered → painted, ${rate}×`, measured: m((t) => t.renderMs), target: null, unit: 'ms' },
        {
          name: `  longest task, ${rate}× (max)`,
          measured: Math.max(...runs.map((t) => t.longestTaskMs)),
          target: null,
          unit: 'ms',
        },
        { name: `  report rows in the DOM, ${rate}×`, measured: runs[0]!.rowsInDom, target: null, unit: '' },
      );
    }
    // the rows above load as every start after the first does (scripts from the browser's cache, compiled
    // from V8's code cache); this one as the very first start, with nothing cached
    const cold = timings.filter((t) => t.emptyCache);
    results.push({
      name: `  home painted, 1×, browser cache emptied (median of ${cold.length})`,
      measured: median(cold.map((t) => t.paintedMs)),
      target: null,
      unit: 'ms',
    });
    return results;
  },
};
