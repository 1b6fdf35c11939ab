/**
 * How the bench samples a renderer's memory, one way for every page it reloads (the editor's row, the bare
 * floor page, the reload-memory rows): the page there, 300 ms, a forced GC, then the JS heap and the
 * renderers' resident memory read from /proc.
 *
 * The editor's row takes the largest renderer, and headless Chromium 156 runs a renderer of its own for
 * its top-chrome WebUI (the omnibox popup, ~158 MB, flag --top-chrome-webui): when the page's renderer is
 * smaller, that row measures Chromium's UI, not the page. pageRenderer leaves such renderers out; both
 * are printed.
 */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';

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

/** the renderer processes' resident memory: the page's renderer is the largest */
export async function rendererRssMb(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  await cdp.detach();
  const rss = processInfo
    .filter((p) => p.type === 'renderer')
    .map((p) => {
      try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) / 1024 : 0;
      } catch {
        return 0;
      }
    });
  return Math.max(0, ...rss);
}

/** the page's JS heap in MB after a forced GC, read 300 ms after `selector` is there (as every sample is) */
export async function settledHeapMb(page: Page, cdp: CDPSession, selector: string): Promise<number> {
  await page.locator(selector).waitFor();
  await page.waitForTimeout(300);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 2 ** 20;
}

/** the row's sample: the JS heap, the largest renderer and the page's own renderer */
export async function memorySample(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  selector: string,
): Promise<MemorySample> {
  const heap = await settledHeapMb(page, cdp, selector);
  return { heap, rss: await rendererRssMb(browser), pageRss: await pageRendererRssMb(browser) };
}
