/**
 * The peer of "editor renderer RSS growth over 12 reloads": the bare floor page (floor-page.ts, one
 * <input> and one text node, no framework), served over HTTP and reloaded as many times, sampled exactly
 * as the editor is (the renderer's RSS from /proc, the JS heap after a forced GC, 300 ms after the page
 * is there). In a browser of its own, so the largest renderer is this page's. If the bare page's RSS
 * grows as much as the editor's, the growth is Chromium's (its caches and allocator), not the app's.
 *
 * The editor's row takes the largest renderer, and headless Chromium 156 runs a renderer of its own for
 * its top-chrome WebUI (the omnibox popup, ~158 MB, flag --top-chrome-webui): when the page's renderer is
 * smaller, that row measures Chromium's UI, not the page. pageRendererRssMb leaves such renderers out; both
 * are printed, for the editor and for this peer.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, newBenchPage } from './browser';
import { serveHomeFloors } from './home-floors';

export interface MemorySample {
  heap: number;
  /** the largest renderer (the editor row's measure) */
  rss: number;
  /** the largest renderer that is not Chromium's own top-chrome WebUI */
  pageRss: number;
}

/** the largest renderer's RSS in MB, leaving out the renderers Chromium runs for its own WebUI */
export async function pageRendererRssMb(browser: Browser): Promise<number> {
  return (await pageRenderer(browser)).rssMb;
}

/**
 * The largest renderer that is not Chromium's own WebUI: its process id (0 if none), RSS and private
 * memory in MB. Private is what memory-infra calls the private footprint on Linux (anonymous resident
 * pages and swap): the RSS also counts shared memory and mapped files (fonts, Chromium's binary).
 */
export async function pageRenderer(browser: Browser): Promise<{ pid: number; rssMb: number; privateMb: number }> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  await cdp.detach();
  let largest = { pid: 0, rssMb: 0, privateMb: 0 };
  for (const p of processInfo.filter((p) => p.type === 'renderer')) {
    try {
      // Chromium rewrites its command line into one string: split on NULs and spaces alike
      const args = readFileSync(`/proc/${p.id}/cmdline`, 'utf8').split(/[\0 ]/);
      if (args.includes('--top-chrome-webui')) continue;
      const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
      const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
      const rssMb = mb('VmRSS');
      if (rssMb > largest.rssMb) largest = { pid: p.id, rssMb, privateMb: mb('RssAnon') + mb('VmSwap') };
    } catch {
      // the process ended between the list and the read
    }
  }
  return largest;
}

export async function bareReloadMemory(
  projectRoot: string,
  reloads: number,
  rendererRssMb: (browser: Browser) => Promise<number>,
): Promise<{ first: MemorySample; last: MemorySample }> {
  const floors = await serveHomeFloors(projectRoot, { cell: 'bare', total: 'bare-total' });
  const browser = await launchBrowser();
  try {
    const page = await newBenchPage(browser);
    await page.goto(floors.bareUrl);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const sample = async (): Promise<MemorySample> => {
      await page.locator('input[data-cell="bare"]').waitFor();
      await page.waitForTimeout(300);
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: Array<{ name: string; value: number }>;
      };
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 2 ** 20;
      return { heap, rss: await rendererRssMb(browser), pageRss: await pageRendererRssMb(browser) };
    };
    const first = await sample();
    let last = first;
    for (let i = 0; i < reloads; i++) {
      await page.reload();
      last = await sample();
    }
    await cdp.detach();
    return { first, last };
  } finally {
    await browser.close();
    await floors.close();
  }
}
