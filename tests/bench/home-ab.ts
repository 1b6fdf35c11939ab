/**
 * A/B of the home page between two builds in the same minutes, interleaved load by load, because the
 * machine is shared and absolute times move with its load: each build's loopback host (its own
 * `dist/`) on a copy of the same 1,000-report data folder, one Chromium, the same paint probe as
 * home-list.ts. Per load: navigation → list painted, the list request, the longest task and the
 * renderer's own time by kind (CDP Performance.getMetrics: script, layout, style) until painted; and, in
 * loads of their own (the hook itself costs time), how many times React committed and rendered HomePage
 * and the report cards before the list was painted. The home page's peers (home-floors.ts: the same 40
 * rows by React alone and as static HTML) are loaded in the same rounds.
 *
 *   npx tsx tests/bench/home-ab.ts <project root A> <project root B> [rounds]
 *
 * A root is a folder holding a built `dist/` (and `node_modules`, for the store process).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { spawnHost, type SpawnedHost } from '../host/spawn';
import { launchBrowser, median, PROJECT_ROOT } from './browser';
import { serveHomeFloors } from './home-floors';
import { HOME_PAINT_PROBE } from './home-list';
import { seedReports } from './seed-reports';

/** React's developer-tools hook: commits, and renders of HomePage and of the cards, until painted */
export const RENDER_PROBE = `
  window.__renders = { commits: 0, home: 0, cards: 0 };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject: () => 1, checkDCE() {},
    onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      if (window.__painted !== undefined) return;
      const r = window.__renders;
      r.commits++;
      const walk = (f) => {
        for (; f; f = f.sibling) {
          const p = f.memoizedProps;
          // PerformedWork (1): the component rendered in this commit rather than bailed out
          if ((f.flags & 1) === 1 && typeof f.type !== 'string' && p) {
            if (p.onUnits && p.onLoaded) r.home++;
            else if (p.organ && p.reports && p.onReload) r.cards++;
          }
          walk(f.child);
        }
      };
      walk(root.current.child);
    },
  };
`;

interface Load {
  painted: number;
  listRequest: number;
  longest: number;
  script: number;
  layout: number;
  style: number;
}

/** a page to load: a build's host (its token URL warms the context), or a peer page */
interface Target {
  name: string;
  warmUrl: string;
  url: string;
}

async function load(browser: Browser, target: Target, rate: number, counting: boolean) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  const warm = await context.newPage();
  await warm.goto(target.warmUrl);
  await warm.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 60_000 });
  await warm.close();
  await context.addInitScript(HOME_PAINT_PROBE);
  if (counting) await context.addInitScript(RENDER_PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  await page.goto(target.url);
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined, null, {
    timeout: 60_000,
  });
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  const metric = (name: string) => metrics.find((m) => m.name === name)!.value * 1000;
  const measured = await page.evaluate(() => {
    const w = window as unknown as {
      __painted: number;
      __longest: number;
      __renders?: { commits: number; home: number; cards: number };
    };
    const list = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/reports.list')) as
      PerformanceResourceTiming | undefined;
    return {
      painted: w.__painted,
      listRequest: list ? list.responseEnd - list.startTime : Number.NaN,
      longest: w.__longest,
      renders: w.__renders ?? null,
    };
  });
  await context.close();
  return {
    ...measured,
    script: metric('ScriptDuration'),
    layout: metric('LayoutDuration'),
    style: metric('RecalcStyleDuration'),
  };
}

async function main(roots: string[], rounds: number) {
  const seeded = mkdtempSync(join(tmpdir(), 'nianbao-home-ab-'));
  const folders: string[] = [];
  const hosts: SpawnedHost[] = [];
  const browser = await launchBrowser();
  let closeFloors = async () => {};
  try {
    await seedReports(join(seeded, 'seed'));
    for (const [i, root] of roots.entries()) {
      const dataDir = join(seeded, `data-${i}`);
      cpSync(join(seeded, 'seed'), dataDir, { recursive: true });
      folders.push(dataDir);
      hosts.push(await spawnHost({ dataDir, projectRoot: root }));
    }
    const floors = await serveHomeFloors(PROJECT_ROOT, { cell: 'a', total: 'b' });
    closeFloors = floors.close;
    const targets: Target[] = [
      ...hosts.map((host, i) => ({ name: roots[i]!, warmUrl: host.url, url: `${host.origin}/` })),
      { name: 'React floor', warmUrl: floors.reactUrl, url: floors.reactUrl },
      { name: 'static HTML floor', warmUrl: floors.staticUrl, url: floors.staticUrl },
    ];
    console.log(`load average at the start: ${loadavg()[0]!.toFixed(2)}`);
    for (const target of targets.slice(0, hosts.length)) {
      const counted = await load(browser, target, 1, true);
      console.log(`${target.name}: until painted at 1× ${JSON.stringify(counted.renders)}`);
    }
    const loads = new Map<string, Load[]>();
    for (let round = 0; round < rounds; round++) {
      for (const rate of [1, 4]) {
        // alternate which goes first
        const order = round % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
          const key = `${rate}× ${target.name}`;
          const { renders: _, ...timed } = await load(browser, target, rate, false);
          loads.set(key, [...(loads.get(key) ?? []), timed]);
        }
      }
    }
    for (const [key, of] of loads) {
      const m = (pick: (l: Load) => number) => median(of.map(pick)).toFixed(0);
      console.log(
        `${key}: painted ${m((l) => l.painted)} ms (${of.map((l) => l.painted.toFixed(0)).join(' ')}), list request ${m((l) => l.listRequest)}, longest task ${m((l) => l.longest)}, script ${m((l) => l.script)}, layout ${m((l) => l.layout)}, style ${m((l) => l.style)} (medians of ${of.length})`,
      );
    }
    console.log(`load average at the end: ${loadavg()[0]!.toFixed(2)}`);
  } finally {
    await browser.close();
    await closeFloors();
    for (const host of hosts) await host.close();
    rmSync(seeded, { recursive: true, force: true });
  }
}

const [a, b, rounds] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: npx tsx tests/bench/home-ab.ts <project root A> <project root B> [rounds]');
  process.exit(2);
}
void main([a, b], Number(rounds ?? 7));
