/**
 * The peer of "editor renderer RSS growth over 12 reloads": the bare floor page (floor-page.ts, one
 * <input> and one text node, no framework), served over HTTP and reloaded as many times, sampled exactly
 * as the editor is (the renderer's RSS from /proc, the JS heap after a forced GC, 300 ms after the page
 * is there). In a browser of its own, so the largest renderer is this page's. If the bare page's RSS
 * grows as much as the editor's, the growth is Chromium's (its caches and allocator), not the app's.
 * Both the largest renderer and the page's own (renderer-memory.ts) are printed, for the editor and this peer.
 */
import { launchBrowser, newBenchPage } from './browser';
import { serveHomeFloors } from './home-floors';
import { memorySample, type MemorySample } from './renderer-memory';

export async function bareReloadMemory(
  projectRoot: string,
  reloads: number,
): Promise<{ first: MemorySample; last: MemorySample }> {
  const floors = await serveHomeFloors(projectRoot, { cell: 'bare', total: 'bare-total' });
  const browser = await launchBrowser();
  try {
    const page = await newBenchPage(browser);
    await page.goto(floors.bareUrl);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const sample = () => memorySample(browser, page, cdp, 'input[data-cell="bare"]');
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
