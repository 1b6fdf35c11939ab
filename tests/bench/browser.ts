/**
 * What the page benches share: one Chromium (the machine's, through playwright-core, as the e2e tests
 * run it), the built loopback host on a data folder seeded through the store, CPU throttling through
 * CDP, and in-page probes that time "until the next paint" (requestAnimationFrame, then a message
 * posted from it: the message runs once the frame with the change has been painted).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS, findBrowser } from '../../electron/services/export/browser';
import { openStore } from '../../electron/services/store';
import type { Report } from '../../shared/report';
import { spawnHost, type SpawnedHost } from '../host/spawn';

export const PROJECT_ROOT = process.cwd();

/**
 * tsx compiles this file keeping function names, which wraps named functions in a `__name(...)` helper;
 * the functions handed to page.evaluate/addInitScript carry that call into the page: define it there.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** a page in a fresh context of the bench's window size, with KEEP_NAMES_SHIM */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(KEEP_NAMES_SHIM);
  return context.newPage();
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('bench: no Chromium found (set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', ...CHROMIUM_LAUNCH_ARGS] });
}

/**
 * Emulation.setCPUThrottlingRate: 1 is the machine itself, 4 a four times slower CPU. The rate holds
 * while the session is attached (across navigations of the page), so the session is returned, not closed.
 */
export async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

export interface SeededHost {
  host: SpawnedHost;
  ids: number[];
  /** opens the host's token URL once (sets the session cookie) in a fresh context and returns its page */
  newPage(browser: Browser): Promise<Page>;
  close(): Promise<void>;
}

/** A temp data folder holding the given reports (written through the store, as an import would), served by the built host. */
export async function seededHost(reports: readonly Report[]): Promise<SeededHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nianbao-bench-host-'));
  const store = openStore({ dir: dataDir });
  const ids: number[] = [];
  for (const report of reports) ids.push((await store.importReport(report, 'draft', false)).id);
  store.close();
  const host = await spawnHost({ dataDir, projectRoot: PROJECT_ROOT });
  return {
    host,
    ids,
    async newPage(browser) {
      const page = await newBenchPage(browser);
      await page.goto(host.url);
      return page;
    },
    async close() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Installed before the app's scripts: collects long tasks, and records when the first element matching
 * `selector` has been painted (ms since navigation start) in window.__painted.
 */
export async function installPaintProbe(page: Page, selector: string): Promise<void> {
  await page.addInitScript((wanted: string) => {
    const w = window as unknown as { __painted?: number; __longTasks: Array<{ start: number; duration: number }> };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const afterPaint = (done: (t: number) => void) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(0);
      });
    const check = () => {
      if (w.__painted !== undefined || !document.querySelector(wanted)) return false;
      observer.disconnect();
      afterPaint((t) => (w.__painted = t));
      return true;
    };
    const observer = new MutationObserver(() => void check());
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
}

export interface LoadTiming {
  painted: number;
  /** painted, or later: the end of the long tasks that follow one another from before the paint (less than 50 ms apart) */
  interactive: number;
  longestTask: number;
}

/** After installPaintProbe and a navigation: waits for the paint, then the page to go quiet. */
export async function loadTiming(page: Page): Promise<LoadTiming> {
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined, null, {
    timeout: 60_000,
  });
  // long tasks are reported after they end: give the ones right after the paint time to arrive
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const w = window as unknown as { __painted: number; __longTasks: Array<{ start: number; duration: number }> };
    const painted = w.__painted;
    // a long task that starts less than QUIET_MS after the page was last busy still keeps a keystroke waiting
    const QUIET_MS = 50;
    let interactive = painted;
    for (const t of [...w.__longTasks].sort((a, b) => a.start - b.start)) {
      if (t.start < interactive + QUIET_MS) interactive = Math.max(interactive, t.start + t.duration);
    }
    return { painted, interactive, longestTask: Math.max(0, ...w.__longTasks.map((t) => t.duration)) };
  });
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
