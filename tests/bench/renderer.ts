/**
 * What the first screen costs the renderer: the script bytes it loads (the entry and the chunks
 * index.html preloads, as the Vite build wrote them; plus the loopback host's client, whose make-up
 * comes from its esbuild metafile) and the script time until the home page is painted (CDP
 * Performance.getMetrics ScriptDuration) at 1× and 4× CPU throttle.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mengzhou } from '../unit/rules/fixture';
import { installPaintProbe, launchBrowser, loadTiming, median, PROJECT_ROOT, seededHost } from './browser';
import { bytesBySource, compressedSizes } from './script-share';
import type { Bench, BenchResult } from './types';

export const FIRST_SCREEN_TARGET_KB = 150;
const LOADS = 3;

/** the scripts index.html loads before anything else: module entries and module preloads */
function firstScreenScripts(): string[] {
  const dir = join(PROJECT_ROOT, 'dist', 'renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(refs)].map((ref) => join(dir, ref));
}

/** bytes of the host client by package, from the metafile scripts/build.mjs writes beside the bundle */
function clientShare(name: string): number | null {
  const meta = join(PROJECT_ROOT, 'dist', 'host', 'client.meta.json');
  if (!existsSync(meta)) return null;
  const parsed = JSON.parse(readFileSync(meta, 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const output = Object.values(parsed.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([path]) => path.includes(`node_modules/${name}/`))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
}

export const rendererBench: Bench = {
  title: 'renderer script for the first screen (Vite build, host client)',
  async run(): Promise<BenchResult[]> {
    const kb = (bytes: number) => bytes / 1024;
    const scripts = firstScreenScripts();
    const rendererBytes = scripts.reduce((sum, file) => sum + statSync(file).size, 0);
    const clientBytes = statSync(join(PROJECT_ROOT, 'dist', 'host', 'client.js')).size;
    const zod = clientShare('zod');
    // React is a fixed choice: how much of the first screen it is, from the scripts' source maps
    const react = scripts
      .filter((file) => existsSync(`${file}.map`))
      .flatMap((file) => [...bytesBySource(file)])
      .filter(([source]) => /node_modules\/(react|react-dom|scheduler)\//.test(source))
      .reduce((sum, [, bytes]) => sum + bytes, 0);
    const compressed = scripts
      .map((file) => compressedSizes(readFileSync(file)))
      .reduce((sum, size) => ({ gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }), {
        gzip: 0,
        brotli: 0,
      });
    const results: BenchResult[] = [
      {
        name: `renderer first-screen script (${scripts.length} file${scripts.length === 1 ? '' : 's'})`,
        measured: kb(rendererBytes),
        target: FIRST_SCREEN_TARGET_KB,
        unit: 'KB',
      },
      { name: '  of it React (react, react-dom, scheduler)', measured: kb(react), target: null, unit: 'KB' },
      {
        name: '  the rest (our code and other packages)',
        measured: kb(rendererBytes - react),
        target: null,
        unit: 'KB',
      },
      { name: '  gzip (level 9), as a host could send it', measured: kb(compressed.gzip), target: null, unit: 'KB' },
      { name: '  brotli (quality 11)', measured: kb(compressed.brotli), target: null, unit: 'KB' },
      {
        name: '  + host client (browser mode only)',
        measured: kb(clientBytes),
        target: FIRST_SCREEN_TARGET_KB,
        unit: 'KB',
      },
      ...(zod === null
        ? []
        : [{ name: '    of it zod (esbuild metafile)', measured: kb(zod), target: null, unit: 'KB' }]),
    ];

    const browser = await launchBrowser();
    const seeded = await seededHost([mengzhou()]);
    try {
      for (const rate of [1, 4] as const) {
        const times: number[] = [];
        for (let i = 0; i < LOADS; i++) {
          const page = await seeded.newPage(browser);
          await page.goto('about:blank');
          await installPaintProbe(page, 'tr[data-report-year]');
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          await cdp.send('Performance.enable');
          await page.goto(`${seeded.host.origin}/#/`);
          await loadTiming(page);
          const { metrics } = (await cdp.send('Performance.getMetrics')) as {
            metrics: Array<{ name: string; value: number }>;
          };
          times.push(metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000);
          await cdp.detach();
          await page.context().close();
        }
        results.push({
          name: `script time until home painted, ${rate}× (median)`,
          measured: median(times),
          target: null,
          unit: 'ms',
        });
      }
      return results;
    } finally {
      await seeded.close();
      await browser.close();
    }
  },
};
