/**
 * Same-run A/B of the keystroke row (not part of `npm run bench`): this checkout's build against another
 * build of the app (e.g. main's, built into a separate folder with node_modules beside it), and the
 * browser's floor page, typed into in turn, round by round, with the editor bench's own probe
 * (`keystrokeLatencies`: key event → derived total changed → next frame → message). On a shared, loaded
 * machine only such interleaved runs compare; the load average is printed before, per round and after.
 *
 *   npx tsx tests/bench/keys-ab.ts <other build root> [rounds] [rate] [keys] [trace prefix]
 *
 * With a trace prefix, a Chrome trace (timeline, V8 CPU profile) of 10 keys of each build is written
 * first (<prefix>-this.json, <prefix>-other.json), at the given rate.
 */
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { cellId, T3_COLUMNS, T3_ROWS } from '../../shared/format';
import type { SpawnedHost } from '../host/spawn';
import { mengzhou } from '../unit/rules/fixture';
import { startAbHosts } from './ab-hosts';
import { launchBrowser, median, newBenchPage, PROJECT_ROOT, throttle } from './browser';
import { openFloorPage } from './floor-page';
import { keystrokeLatencies } from './keystroke';
import { serveTypingFloor } from './react-floor-typing';
import { percentile } from './types';

const T3_ROW = T3_ROWS[0]!.key;
const CELL = cellId('T3', T3_ROW, T3_COLUMNS.find((c) => !c.isTotal)!.key);
const TOTAL = cellId('T3', T3_ROW, T3_COLUMNS.find((c) => c.isTotal)!.key);
const CELL_SELECTOR = `input[data-cell="${CELL}"]`;
const TOTAL_SELECTOR = `[data-cell="${TOTAL}"]`;
const TRACE_KEYS = 10;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'toplevel',
  'cc',
  'blink',
];

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

async function typed(page: Page, rate: number, keys: number, trace: string | null): Promise<number[]> {
  const cdp = await throttle(page, rate);
  const browser = page.context().browser()!;
  try {
    if (trace) await browser.startTracing(page, { path: trace, categories: TRACE_CATEGORIES });
    return await keystrokeLatencies(page, CELL_SELECTOR, TOTAL_SELECTOR, keys);
  } finally {
    if (trace) await browser.stopTracing();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

async function editorPage(browser: Browser, host: SpawnedHost, id: number): Promise<Page> {
  const page = await newBenchPage(browser);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/report/${id}/requests`);
  await page.locator(CELL_SELECTOR).waitFor();
  // the table's lower rows come in batches and the first rules run after the first paint
  await page.waitForTimeout(1000);
  return page;
}

async function main() {
  const other = process.argv[2];
  if (!other)
    throw new Error('usage: npx tsx tests/bench/keys-ab.ts <other build root> [rounds] [rate] [keys] [trace]');
  const rounds = Number(process.argv[3] ?? 5);
  const rate = Number(process.argv[4] ?? 4);
  const keys = Number(process.argv[5] ?? 20);
  const tracePrefix = process.argv[6] ?? null;
  console.log(`load average (1/5/15 min) at the start: ${load()}; ${rounds} rounds × ${keys} keys at ${rate}×`);
  const report = mengzhou();
  const browser = await launchBrowser();
  const builds = await startAbHosts(report, other, 'nianbao-keys-ab-');
  const { hosts } = builds;
  const samples: Record<string, number[]> = { this: [], other: [], floor: [], react: [] };
  let reactFloor: { url: string; close(): Promise<void> } | null = null;
  try {
    const pages: Record<string, Page> = {};
    for (const name of ['this', 'other'] as const)
      pages[name] = await editorPage(browser, hosts[name].host, hosts[name].id);
    pages.floor = await newBenchPage(browser);
    await openFloorPage(pages.floor, CELL, TOTAL);
    reactFloor = await serveTypingFloor(pages.this!, CELL, TOTAL, PROJECT_ROOT);
    pages.react = await newBenchPage(browser);
    await pages.react.goto(reactFloor.url);
    await pages.react.locator(CELL_SELECTOR).waitFor();
    if (tracePrefix) {
      for (const name of ['this', 'other', 'react'] as const) {
        const s = await typed(pages[name]!, rate, TRACE_KEYS, `${tracePrefix}-${name}.json`);
        console.log(`trace ${name}: ${s.map((x) => x.toFixed(1)).join(' ')}`);
      }
    }
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? ['other', 'floor', 'react', 'this'] : ['this', 'react', 'floor', 'other'];
      const line: string[] = [];
      for (const name of order) {
        const s = await typed(pages[name]!, rate, keys, null);
        samples[name]!.push(...s);
        line.push(`${name} p50 ${percentile(s, 50).toFixed(1)} p95 ${percentile(s, 95).toFixed(1)}`);
      }
      console.log(`round ${r + 1} (load ${load()}): ${line.join(' | ')}`);
    }
  } finally {
    await builds.close();
    await reactFloor?.close();
    await browser.close();
  }
  for (const [name, s] of Object.entries(samples)) {
    console.log(
      `${name.padEnd(5)} ${s.length} keys: p50 ${percentile(s, 50).toFixed(1)} p95 ${percentile(s, 95).toFixed(1)} ` +
        `median ${median(s).toFixed(1)}, ≥ 16 ms: ${s.filter((x) => x >= 16).length}`,
    );
  }
  console.log(`load average at the end: ${load()}`);
}

void main();
