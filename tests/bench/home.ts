/**
 * The home page with 1,000 stored reports (50 organs × 20 years, written through the store into a temp
 * data folder): from navigation until the report list is painted, at 1× and 4× CPU throttle. The
 * measuring is edges' measureHomeList (home-list.ts: its probe waits for the app's data-ready mark and
 * the list, and splits the time into the list request and the page's own work); this file makes it rows.
 * Its peers, loaded with the same probe right after each home load (home-floors.ts): the same first
 * screen (40 rows, same markup and style sheet) rendered by the same React from a fixed array, and as
 * static HTML, so the row's distance from what React itself and the browser cost is printed beside it.
 */
import { measureHomeList, type HomeListTiming } from './home-list';
import { median, PROJECT_ROOT } from './browser';
import { serveHomeFloors } from './home-floors';
import type { Bench, BenchResult } from './types';

const LOADS = 3;
export const HOME_TARGET_MS = { 1: 100, 4: 300 } as const;

export const homeBench: Bench = {
  title: 'home page with 1000 reports (Chromium, loopback host)',
  async run(): Promise<BenchResult[]> {
    // the peers: the same first screen drawn by React alone and by the browser alone (home-floors.ts)
    const floors = await serveHomeFloors(PROJECT_ROOT, { cell: 'a', total: 'b' });
    let timings: HomeListTiming[];
    try {
      timings = await measureHomeList({
        runs: LOADS,
        throttles: [1, 4],
        emptyCacheThrottles: [1],
        projectRoot: PROJECT_ROOT,
        peers: [
          { key: 'react', url: floors.reactUrl },
          { key: 'static', url: floors.staticUrl },
        ],
      });
    } finally {
      await floors.close();
    }
    const results: BenchResult[] = [];
    for (const rate of [1, 4] as const) {
      const runs = timings.filter((t) => t.throttle === rate && !t.emptyCache && !t.peer);
      const m = (pick: (t: HomeListTiming) => number) => median(runs.map(pick));
      const peer = (key: string) =>
        median(timings.filter((t) => t.throttle === rate && t.peer === key).map((t) => t.paintedMs));
      const reactFloor = peer('react');
      const staticFloor = peer('static');
      results.push(
        {
          name: `home painted, ${rate}× (median of ${runs.length})`,
          measured: m((t) => t.paintedMs),
          target: HOME_TARGET_MS[rate],
          unit: 'ms',
          peer: { name: 'React floor', measured: reactFloor },
        },
        {
          name: `  React floor: the 40 rows by React, no API, ${rate}×`,
          measured: reactFloor,
          target: null,
          unit: 'ms',
          peer: { name: 'static HTML', measured: staticFloor },
        },
        {
          name: `  static HTML floor: the 40 rows, no script, ${rate}×`,
          measured: staticFloor,
          target: null,
          unit: 'ms',
        },
        {
          name: `  first contentful paint, ${rate}×`,
          measured: m((t) => t.firstContentfulMs),
          target: null,
          unit: 'ms',
        },
        {
          name: `  cards measured, spacers exact (after paint), ${rate}×`,
          measured: m((t) => t.measuredMs),
          target: null,
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
