/**
 * The home page with 1,000 stored reports (50 organs × 20 years, written through the store into a temp
 * data folder): from navigation until the report list is painted, at 1× and 4× CPU throttle.
 */
import { setCells } from '../../shared/report';
import { mengzhou } from '../unit/rules/fixture';
import { installPaintProbe, launchBrowser, loadTiming, median, seededHost } from './browser';
import type { Bench, BenchResult } from './types';

const ORGANS = 50;
const YEARS = 20;
const FIRST_YEAR = 2008;
const LOADS = 3;
export const HOME_TARGET_MS = { 1: 100, 4: 300 } as const;
/** a row of the list (tests/e2e/pages/home-page.ts finds rows the same way) */
const ROW_SELECTOR = 'tr[data-report-year]';

function reports() {
  const base = mengzhou();
  return Array.from({ length: ORGANS * YEARS }, (_, i) => {
    const organ = Math.floor(i / YEARS) + 1;
    return setCells(
      { ...base, organ: { ...base.organ, name: `第${organ}号机关` }, year: FIRST_YEAR + (i % YEARS) },
      { 'T2.licensing.decisions': String(i), 'T2.punishment.decisions': String(organ) },
    );
  });
}

export const homeBench: Bench = {
  title: `home page with ${ORGANS * YEARS} reports (Chromium, loopback host)`,
  async run(): Promise<BenchResult[]> {
    const browser = await launchBrowser();
    const seeded = await seededHost(reports());
    try {
      const results: BenchResult[] = [];
      for (const rate of [1, 4] as const) {
        const runs = [];
        for (let i = 0; i < LOADS; i++) {
          const page = await seeded.newPage(browser);
          await page.goto('about:blank');
          await installPaintProbe(page, ROW_SELECTOR);
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          await page.goto(`${seeded.host.origin}/#/`);
          runs.push(await loadTiming(page));
          await cdp.detach();
          await page.context().close();
        }
        results.push(
          {
            name: `home painted, ${rate}× (median of ${LOADS})`,
            measured: median(runs.map((r) => r.painted)),
            target: HOME_TARGET_MS[rate],
            unit: 'ms',
          },
          {
            name: `  longest task, ${rate}×`,
            measured: Math.max(...runs.map((r) => r.longestTask)),
            target: null,
            unit: 'ms',
          },
        );
      }
      return results;
    } finally {
      await seeded.close();
      await browser.close();
    }
  },
};
