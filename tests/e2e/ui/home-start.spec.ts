/**
 * Start-up of the home page: its lists are asked for while the entry script runs, before React has put
 * anything into the page (not after React's first render, as a waterfall), exactly once; and the
 * content-named scripts come from the browser's cache on the next load (loopback host: Cache-Control).
 */
import { expect, test } from '../fixtures';
import { FIRST_RENDER_PROBE } from '../pages/first-render';
import { HomePage } from '../pages/home-page';

test('the home page asks for its lists before React renders, once, and shows them', async ({ page, host }) => {
  test.skip(host.transport !== 'browser', 'the timing of requests is read from the loopback host’s page');
  await page.addInitScript(FIRST_RENDER_PROBE);
  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  const timing = await page.evaluate(() => {
    const requests = performance
      .getEntriesByType('resource')
      .filter((e) => /\/api\/(organs|reports)\.list$/.test(e.name))
      .map((e) => ({ name: e.name.replace(/.*\/api\//, ''), start: e.startTime }));
    return { requests, firstRender: (window as unknown as { __firstRender: number }).__firstRender };
  });
  expect(timing.requests.map((r) => r.name).sort()).toEqual(['organs.list', 'reports.list']);
  for (const request of timing.requests) expect(request.start).toBeLessThan(timing.firstRender);
  // and the answers are what the page shows: an empty data folder, then one report made here
  await expect(page.getByText('还没有报告。请在右侧新建报告')).toBeVisible();
  const home = new HomePage(page);
  await home.createReport({ organ: '某县交通运输局', year: 2025 });
  await page.goto(`${host.origin}/`);
  await expect(home.row('某县交通运输局', 2025)).toBeVisible();
});

test('on a second load the first-screen scripts come from the browser cache', async ({ page, host }) => {
  test.skip(host.transport !== 'browser', 'HTTP caching is the loopback host’s');
  await page.goto(`${host.origin}/`);
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/.+\.js$/.test(e.name))
      .map((e) => ({ name: e.name, transferSize: (e as PerformanceResourceTiming).transferSize })),
  );
  expect(scripts.length).toBeGreaterThan(0);
  // transferSize 0: served from the cache, not fetched again
  for (const script of scripts) expect(script.transferSize, script.name).toBe(0);
});
