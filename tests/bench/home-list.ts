/**
 * The home page with 1,000 stored reports: from navigation to the list painted, at 1× and 4× CPU
 * throttle (CDP Emulation.setCPUThrottlingRate), through the loopback host (dist/, built) and the
 * machine's Chromium. Also the longest task. Run alone: `npx tsx tests/bench/home-list.ts [runs]`;
 * measureHomeList() is what a bench row calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS } from '../../electron/services/export/browser';
import { spawnHost } from '../host/spawn';
import { seedReports, type SeedOptions } from './seed-reports';

export interface HomeListTiming {
  throttle: number;
  /** a peer page's key (measured with the same probe, in the same context, right after the home page), or none for the home page */
  peer?: string;
  /** the browser's cache emptied first (a first start): the scripts fetched, parsed and compiled anew */
  emptyCache: boolean;
  /** navigation start → the list's data rendered and the next frame painted */
  paintedMs: number;
  /**
   * the reports.list answer received → painted. Since the request starts as the entry script runs
   * (renderer/home/first-list.ts), this also holds whatever of React's first render is still running
   * when the answer arrives, not only the page's work on the list.
   */
  renderMs: number;
  /** the reports.list request, start to end (the store process's list and the loopback round trip) */
  listRequestMs: number;
  longestTaskMs: number;
  /** navigation → the browser's first contentful paint (whatever the page drew first) */
  firstContentfulMs: number;
  /**
   * navigation → the windowed list has measured its cards (after the first paint; its spacers are true
   * heights from then on, estimates before): the work moved after the paint, shown; NaN for a peer
   */
  measuredMs: number;
  /** report rows in the DOM once painted */
  rowsInDom: number;
}

/** Set before the app's scripts run: notes when the ready list is in the DOM, and the frame after it. */
export const HOME_PAINT_PROBE = `
  window.__longest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // the init script runs before <html> is parsed: watch the whole document until the list is there
  // (React commits the list in one task; data-ready may come just before it)
  new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.ready !== '1' || !document.querySelector('section.organ')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }));
  }).observe(document, { attributes: true, childList: true, subtree: true });
`;

/** separately: when the windowed list has measured its cards (renderer/home/use-window.ts, after the paint) */
const MEASURED_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-window-measured]')) return;
    observer.disconnect();
    window.__measured = performance.now();
  }).observe(document, { attributes: true, childList: true, subtree: true });
`;

export async function measureHomeList(
  options: {
    runs?: number;
    throttles?: number[];
    /** also these throttles with the browser's cache emptied before each load */
    emptyCacheThrottles?: number[];
    seed?: SeedOptions;
    projectRoot?: string;
    /** pages loaded with the same probe right after each home load (not with the cache emptied) */
    peers?: ReadonlyArray<{ key: string; url: string }>;
  } = {},
): Promise<HomeListTiming[]> {
  const { runs = 3, throttles = [1, 4], emptyCacheThrottles = [], seed = {}, peers = [] } = options;
  const projectRoot = options.projectRoot ?? fileURLToPath(new URL('../..', import.meta.url));
  const dataDir = mkdtempSync(join(tmpdir(), 'nianbao-home-bench-'));
  try {
    await seedReports(dataDir, seed);
    const host = await spawnHost({ dataDir, projectRoot });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', ...CHROMIUM_LAUNCH_ARGS],
    });
    const timings: HomeListTiming[] = [];
    try {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
      // the handshake sets the cookie; later loads are plain navigations to /
      const warm = await context.newPage();
      await warm.goto(host.url);
      await warm.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 60_000 });
      // the peers' scripts into the cache as well
      for (const peer of peers) {
        await warm.goto(peer.url);
        await warm.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 60_000 });
      }
      await warm.close();
      await context.addInitScript(HOME_PAINT_PROBE + MEASURED_PROBE);
      const plan = [
        ...throttles.map((throttle) => ({ throttle, emptyCache: false })),
        ...emptyCacheThrottles.map((throttle) => ({ throttle, emptyCache: true })),
      ];
      for (const { throttle, emptyCache } of plan) {
        for (let run = 0; run < runs; run++) {
          for (const peer of [null, ...(emptyCache ? [] : peers)]) {
            const page = await context.newPage();
            const cdp = await context.newCDPSession(page);
            await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
            // the HTTP cache and the V8 code cache kept with it: as on the very first start
            if (emptyCache) await cdp.send('Network.clearBrowserCache');
            await page.goto(peer ? peer.url : `${host.origin}/`);
            await page.waitForFunction(
              (isPeer) => {
                const w = window as unknown as { __painted?: number; __measured?: number };
                // the paint-timing entry is queued after the frame's presentation, which can come after our
                // probe's post-frame task (at 1× it did: the row read NaN); wait for it, it changes no timing
                const contentful = performance.getEntriesByName('first-contentful-paint').length > 0;
                return w.__painted !== undefined && contentful && (isPeer || w.__measured !== undefined);
              },
              peer !== null,
              {
                timeout: 60_000,
              },
            );
            const measured = await page.evaluate(() => {
              const w = window as unknown as { __painted: number; __longest: number; __measured?: number };
              const list = performance
                .getEntriesByType('resource')
                .find((e) => e.name.endsWith('/api/reports.list')) as PerformanceResourceTiming | undefined;
              return {
                paintedMs: w.__painted,
                // a peer asks for nothing
                renderMs: list ? w.__painted - list.responseEnd : Number.NaN,
                listRequestMs: list ? list.responseEnd - list.startTime : Number.NaN,
                longestTaskMs: w.__longest,
                firstContentfulMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
                measuredMs: w.__measured ?? Number.NaN,
                rowsInDom: document.querySelectorAll('tr[data-report-year]').length,
              };
            });
            timings.push({ throttle, emptyCache, ...(peer ? { peer: peer.key } : {}), ...measured });
            await page.close();
          }
        }
      }
    } finally {
      await browser.close();
      await host.close();
    }
    return timings;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runs = Number(process.argv[2] ?? 3);
  void measureHomeList({ runs }).then((timings) => {
    for (const t of timings) console.log(JSON.stringify(t));
    for (const throttle of new Set(timings.map((t) => t.throttle))) {
      const of = timings.filter((t) => t.throttle === throttle && !t.peer);
      const m = (pick: (t: HomeListTiming) => number) => median(of.map(pick)).toFixed(0);
      console.log(
        `${throttle}×: painted ${m((t) => t.paintedMs)} ms after navigation (list answered → painted ${m((t) => t.renderMs)} ms, list request ${m((t) => t.listRequestMs)} ms), longest task ${m((t) => t.longestTaskMs)} ms, ${of[0]!.rowsInDom} rows in the DOM (medians of ${of.length})`,
      );
    }
  });
}
