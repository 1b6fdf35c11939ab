/**
 * What bounds "editor renderer RSS growth over 12 reloads": rows that explain it, measured in the same
 * run as the row (editor.ts), for the editor and for the React floor (the same 表三 drawn by React, no app).
 *
 * The row samples the renderer 300 ms after the page is there (a forced GC, the JS heap, the RSS). At that
 * moment Chromium still holds memory of the documents the reloads replaced: the compositor's tiles of
 * the previous pages (a second and third tile set, released about 2 s later) and the malloc pages and
 * objects freed with them (returned to the system about 4 s later). So each page is also measured
 * `settled`: the same sample after SETTLE_MS with the page idle, after the first load and after the last
 * reload; what the settled samples still differ by is what the reloads kept.
 *
 * Each run also dumps the renderer's allocators with memory-infra (memory-infra.ts) at the row's two
 * samples, to say which allocator holds the growth the row sees, and reads the page's documents, DOM nodes and JS event
 * listeners (CDP `Memory.getDOMCounters`): a document, a node or a listener kept across a reload is the
 * page's own leak, whatever the RSS does. Tracing adds memory to the renderer (its shared trace buffer):
 * one dump before the first sample sets it up, so every sample holds it.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { allocatorGrowth, allocatorSizes, type AllocatorSizes, type TraceEvent } from './memory-infra';
import { pageRenderer, settledHeapMb } from './renderer-memory';

export interface ReloadSample {
  heap: number;
  /** the page's renderer (not Chromium's own WebUI renderer), MB */
  pageRss: number;
  /** its private memory (anonymous and swapped pages), MB: what the RSS holds that is not shared or a file */
  privateMb: number;
  documents: number;
  nodes: number;
  listeners: number;
}

/** one sample, as the editor's row takes it (editor.ts `memory`), and the DOM counters after it */
async function sample(browser: Browser, page: Page, cdp: CDPSession, selector: string): Promise<ReloadSample> {
  const heap = await settledHeapMb(page, cdp, selector);
  const { rssMb: pageRss, privateMb } = await pageRenderer(browser);
  const counters = (await cdp.send('Memory.getDOMCounters')) as {
    documents: number;
    nodes: number;
    jsEventListeners: number;
  };
  return {
    heap,
    pageRss,
    privateMb,
    documents: counters.documents,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
  };
}

/** one memory-infra dump of every process, read for the renderer `pid` */
async function memoryDump(browser: Browser, pid: number): Promise<AllocatorSizes> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: ['disabled-by-default-memory-infra'],
        excludedCategories: ['*'],
        memoryDumpConfig: { triggers: [] },
      } as never,
    });
    const { success } = (await cdp.send('Tracing.requestMemoryDump', { levelOfDetail: 'detailed' } as never)) as {
      success: boolean;
    };
    await cdp.send('Tracing.end');
    await complete;
    if (!success) throw new Error('memory-infra: the dump failed');
    return allocatorSizes(events, pid);
  } finally {
    await cdp.detach();
  }
}

/** how long a page is left idle before a settled sample: after the tiles (~2 s) and the malloc purge (~4 s) */
export const SETTLE_MS = 6000;

export interface ReloadMemory {
  /** sampled as the row samples: 300 ms after the first load, and after the last reload */
  first: ReloadSample;
  last: ReloadSample;
  /** the same, after SETTLE_MS more with the page idle */
  settledFirst: ReloadSample;
  settledLast: ReloadSample;
  /** allocator growth from `first` to `last`: what holds the growth the row sees */
  atRow: ReturnType<typeof allocatorGrowth>;
}

/**
 * The page opened by `open`, reloaded `reloads` times, sampled as the row does and settled, with a
 * memory-infra dump at the row's two samples. The settled samples come after the dumps: a detailed dump
 * allocates in the renderer too, and the pause lets that go with the rest.
 */
export async function reloadMemory(
  browser: Browser,
  open: () => Promise<Page>,
  selector: string,
  reloads: number,
): Promise<ReloadMemory> {
  const page = await open();
  const cdp = await page.context().newCDPSession(page);
  const dump = async () => memoryDump(browser, (await pageRenderer(browser)).pid);
  const settled = async () => {
    await page.waitForTimeout(SETTLE_MS);
    return sample(browser, page, cdp, selector);
  };
  try {
    await cdp.send('Performance.enable');
    await page.locator(selector).waitFor();
    // the first trace sets up the renderer's shared trace buffer: before the first sample, not between
    await dump();
    const first = await sample(browser, page, cdp, selector);
    const firstDump = await dump();
    const settledFirst = await settled();
    let last = first;
    for (let i = 0; i < reloads; i++) {
      await page.reload();
      last = await sample(browser, page, cdp, selector);
    }
    const lastDump = await dump();
    const settledLast = await settled();
    return { first, last, settledFirst, settledLast, atRow: allocatorGrowth(firstDump, lastDump) };
  } finally {
    await cdp.detach();
    await page.context().close();
  }
}
