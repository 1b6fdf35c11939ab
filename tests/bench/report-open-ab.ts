/**
 * Same-run A/B of the report URL at 4× (not part of `npm run bench`): this checkout's build against
 * another build of the app (e.g. main's, built into a separate folder with node_modules beside it) and
 * the React floor, loaded one after another in turn on the same data, with the editor bench's probe
 * (installPaintProbe + loadTiming: first 表三 cell painted, then interactive, long tasks). On a shared,
 * loaded machine only such interleaved runs compare; the load average is printed before and after.
 *
 *   npx tsx tests/bench/report-open-ab.ts /tmp/main-build [rounds] [trace-prefix]
 *
 * With a trace prefix, the first round of each is also written as a Chrome trace (<prefix>-<name>.json).
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { cellId, T3_COLUMNS, T3_ROWS } from '../../shared/format';
import { mengzhou } from '../unit/rules/fixture';
import { startAbHosts } from './ab-hosts';
import {
  installPaintProbe,
  launchBrowser,
  loadTiming,
  median,
  newBenchPage,
  PROJECT_ROOT,
  throttle,
  type LoadTiming,
} from './browser';
import { serveReactFloor } from './react-floor-report';

const CELL = cellId('T3', T3_ROWS[0]!.key, T3_COLUMNS.find((c) => !c.isTotal)!.key);
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8',
];

type Run = LoadTiming & { reportOpened: number; chunkFetched: number; longTasks: string };

async function load(page: Page, url: string, trace: string | null): Promise<Run> {
  await page.goto('about:blank');
  await installPaintProbe(page, `input[data-cell="${CELL}"]`);
  const cdp = await throttle(page, 4);
  const browser = page.context().browser()!;
  if (trace) await browser.startTracing(page, { path: trace, categories: TRACE_CATEGORIES });
  await page.goto(url);
  const timing = await loadTiming(page);
  if (trace) await browser.stopTracing();
  const extra = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const end = (pattern: RegExp) => entries.find((e) => pattern.test(e.name))?.responseEnd ?? NaN;
    const tasks = (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks;
    return {
      reportOpened: end(/\/api\/reports\.open$/),
      chunkFetched: end(/\/assets\/ReportPage-[^/]+\.js$/),
      longTasks: tasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`).join(' '),
    };
  });
  await cdp.detach();
  return { ...timing, ...extra };
}

async function main() {
  const other = process.argv[2];
  if (!other)
    throw new Error('usage: npx tsx tests/bench/report-open-ab.ts <other build root> [rounds] [trace prefix]');
  const rounds = Number(process.argv[3] ?? 7);
  const tracePrefix = process.argv[4] ?? null;
  const load1 = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ');
  console.log(`load average (1/5/15 min) at the start: ${load1()}`);
  const report = mengzhou();
  const browser = await launchBrowser();
  const floor = await serveReactFloor(report, PROJECT_ROOT);
  const builds = await startAbHosts(report, other, 'nianbao-report-ab-');
  const { hosts } = builds;
  const runs: Record<string, Run[]> = { this: [], other: [], floor: [] };
  try {
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? (['other', 'floor', 'this'] as const) : (['this', 'floor', 'other'] as const);
      for (const name of order) {
        const page = await newBenchPage(browser);
        let url = floor.url;
        if (name !== 'floor') {
          const { host, id } = hosts[name];
          await page.goto(host.url);
          url = `${host.origin}/#/report/${id}/requests`;
        }
        const run = await load(page, url, tracePrefix && r === 0 ? `${tracePrefix}-${name}.json` : null);
        await page.context().close();
        runs[name]!.push(run);
        const ms = (x: number) => (Number.isNaN(x) ? '—' : String(Math.round(x)));
        console.log(
          `${name.padEnd(5)} painted ${ms(run.painted)} interactive ${ms(run.interactive)} longest ${ms(run.longestTask)}` +
            ` reports.open answered ${ms(run.reportOpened)} chunk fetched ${ms(run.chunkFetched)} long tasks ${run.longTasks}`,
        );
      }
    }
  } finally {
    await builds.close();
    await floor.close();
    await browser.close();
  }
  for (const [name, rs] of Object.entries(runs)) {
    const m = (pick: (r: Run) => number) => Math.round(median(rs.map(pick)));
    console.log(
      `${name.padEnd(5)} median of ${rs.length}: painted ${m((r) => r.painted)}, interactive ${m((r) => r.interactive)}, ` +
        `longest task ${m((r) => r.longestTask)} (max ${Math.round(Math.max(...rs.map((r) => r.longestTask)))})`,
    );
  }
  console.log(`load average at the end: ${load1()}`);
}

void main();
