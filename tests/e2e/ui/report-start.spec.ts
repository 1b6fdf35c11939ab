/**
 * Start-up on a report's address: the report (reports.open) and the editor's chunk are asked for while
 * the entry script runs, before React has put anything into the page, exactly once; the page shows that
 * answer; a later open of the report asks afresh; a report that cannot be opened is reported on the page
 * (never as an unhandled rejection, which the fixture fails on). React renders the first screen as a
 * transition and the table's lower rows in batches: they still all arrive, and a finding's jump still
 * reaches a row below the first screenful.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { FIRST_RENDER_PROBE } from '../pages/first-render';
import { HomePage } from '../pages/home-page';
import { ReportPage } from '../pages/report-page';

const ORGAN = '某县交通运输局';

async function requestsOf(page: Page) {
  return page.evaluate(() => ({
    opens: performance
      .getEntriesByType('resource')
      .filter((e) => /\/api\/reports\.open$/.test(e.name))
      .map((e) => e.startTime),
    chunks: performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/ReportPage-[^/]+\.js$/.test(e.name))
      .map((e) => e.startTime),
    firstRender: (window as unknown as { __firstRender: number }).__firstRender,
  }));
}

test('a report’s address asks for the report and the editor before React renders, once, and shows the answer; a later open asks afresh', async ({
  page,
  host,
}) => {
  test.skip(host.transport !== 'browser', 'the timing of requests is read from the loopback host’s page');
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  await report.show('requests');
  await report.typeInCell('T3.newReceived.natural', '129');
  await report.waitSaved();

  await page.addInitScript(FIRST_RENDER_PROBE);
  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await expect(report.cell('T3.newReceived.natural')).toHaveValue('129');
  const early = await requestsOf(page);
  expect(early.opens).toHaveLength(1);
  expect(early.chunks).toHaveLength(1);
  expect(early.opens[0]!).toBeLessThan(early.firstRender);
  expect(early.chunks[0]!).toBeLessThan(early.firstRender);

  // a change saved after that answer: opening the report again shows it, so the early answer was not reused
  await report.typeInCell('T3.newReceived.natural', '130');
  await report.waitSaved();
  await page.getByRole('button', { name: '← 返回首页' }).click();
  await home.open(ORGAN, 2025);
  await report.show('requests');
  await expect(report.cell('T3.newReceived.natural')).toHaveValue('130');
  expect((await requestsOf(page)).opens).toHaveLength(2);
});

test('a report’s address for a report that is gone shows why and the way back, and throws nothing', async ({
  page,
  host,
}) => {
  await page.goto(`${host.origin}/#/report/987654/requests`);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('无法打开报告：找不到该报告（编号 987654）');
  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(page.getByText('还没有报告。请在右侧新建报告')).toBeVisible();
});

test('opened at its address, 表三 gets all its rows, and a finding’s jump reaches a row below the first screen', async ({
  page,
  host,
}) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  await report.show('requests');
  // not a count: a finding at the last row of 表三, below the rows the first screen renders
  await report.typeInCell('T3.carryForward.natural', '1.5');
  await report.waitSaved();
  const id = report.id();

  await page.goto(`${host.origin}/#/report/${id}/checks`);
  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  const finding = page.locator('.finding-group[data-group="requests"] [data-finding="CELL-DOMAIN"]').first();
  await finding.getByRole('button').first().click();
  await expect(report.cell('T3.carryForward.natural')).toBeFocused();
  await expect(report.cell('T3.carryForward.natural')).toHaveValue('1.5');
  // the balance line under the table comes only once every row of it is rendered
  await expect(page.locator('.table-T3 tfoot .balance-row')).toHaveCount(1);
});

test('opened from the home list, the report is asked for together with the editor’s chunk, and the home page stays until the editor can show', async ({
  page,
  host,
}) => {
  test.skip(host.transport !== 'browser', 'the timing of requests is read from the loopback host’s page');
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  await report.show('requests');
  await report.typeInCell('T3.newReceived.natural', '129');
  await report.waitSaved();
  // a fresh start on the home page: the editor's chunk is not loaded yet
  await page.goto(`${host.origin}/`);
  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await page.evaluate(() => {
    const w = window as unknown as { __fallbacks: number };
    w.__fallbacks = 0;
    new MutationObserver(() => {
      if (document.querySelector('#root > .loading')?.textContent === '正在载入…') w.__fallbacks++;
    }).observe(document, { childList: true, subtree: true });
  });
  await home.open(ORGAN, 2025);
  await report.show('requests');
  await expect(report.cell('T3.newReceived.natural')).toHaveValue('129');
  const seen = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const open = entries.filter((e) => /\/api\/reports\.open$/.test(e.name));
    const chunk = entries.filter((e) => /\/assets\/ReportPage-[^/]+\.js$/.test(e.name));
    return {
      opens: open.length,
      openStart: open[0]?.startTime ?? NaN,
      chunkEnd: chunk[0]?.responseEnd ?? NaN,
      fallbacks: (window as unknown as { __fallbacks: number }).__fallbacks,
    };
  });
  expect(seen.opens).toBe(1);
  // asked for before the chunk had even arrived, not after it had run and mounted the page
  expect(seen.openStart).toBeLessThan(seen.chunkEnd);
  // no “正在载入…” in place of the home page while the chunk came
  expect(seen.fallbacks).toBe(0);
});

test('an address changed while the first screen is still being rendered is followed', async ({ page, host }) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  const id = report.id();
  // as soon as React has first put the home page into the page, before its effects have run
  await page.addInitScript((reportId) => {
    if (location.hash !== '') return;
    new MutationObserver((_, observer) => {
      if (!document.getElementById('root')?.childElementCount) return;
      observer.disconnect();
      location.hash = `#/report/${reportId}/requests`;
    }).observe(document, { childList: true, subtree: true });
  }, id);
  await page.goto(`${host.origin}/`);
  await expect(report.cell('T3.newReceived.natural')).toBeVisible();
  await expect(page.locator('.side-list [data-pane="requests"]')).toHaveAttribute('aria-current', 'page');
});
