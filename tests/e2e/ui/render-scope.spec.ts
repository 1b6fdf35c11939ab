import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { installRenderCounter, renderCounts, resetRenderCounts } from '../pages/render-counter';
import { ReportPage } from '../pages/report-page';

/** a new report on 表三 with 1 in its first cell, saved */
async function newReportWithOneCount(page: Page): Promise<ReportPage> {
  const report = new ReportPage(page);
  await new HomePage(page).createReport({ organ: '测试县统计局', year: 2025 });
  await report.show('requests');
  await report.typeInCell('T3.disclosed.natural', '1');
  await report.waitSaved();
  return report;
}

test('typing in a T3 cell re-renders that cell and its totals, not the grid', async ({ page }) => {
  await installRenderCounter(page);
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  const report = await newReportWithOneCount(page);

  await report.cell('T3.disclosed.commercial').click();
  await resetRenderCounts(page);
  await page.keyboard.type('345');
  await expect(report.cell('T3.disclosed.total')).toHaveText('346');
  await report.waitSaved();
  const counts = await renderCounts(page);
  // one render of the typed cell per keystroke; its row total and the （七）总计 of its column (and the
  // corner total) at most once per keystroke each; the rest of the 175 cells not at all
  expect(counts.cells).toBe(3);
  expect(counts.totals).toBeGreaterThan(0);
  expect(counts.totals).toBeLessThanOrEqual(3 * 3);
});

test('a keystroke re-renders only the findings it changed, not every item of the list', async ({ page }) => {
  await installRenderCounter(page);
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await home.open(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await report.show('requests');
  // 130 where the published report has 129: the 自然人 and 总计 columns no longer balance
  await report.typeInCell('T3.newReceived.natural', '130');
  const list = page.locator('.table-section .section-findings');
  const natural = list.locator('[data-finding="T3-BALANCE"]', { hasText: '“自然人”列' });
  await expect(natural).toContainText('相差1');
  const naturalKey = (await natural.getAttribute('data-finding-key'))!;
  const others = await list.locator('.finding').count();
  await report.waitSaved();

  await report.cell('T3.newReceived.commercial').click();
  await resetRenderCounts(page);
  await page.keyboard.type('34');
  await expect(list.locator('[data-finding="T3-BALANCE"]', { hasText: '“商业企业”列' })).toContainText('相差34');
  await expect(list.locator('[data-finding="T3-BALANCE"]', { hasText: '“总计”列' })).toContainText('相差35');
  await report.waitSaved();
  const counts = await renderCounts(page);
  // the 自然人 finding says the same before and after: its item is not rendered again, nor any other
  // unchanged one; the 商业企业 item appears and changes (3 → 34), the 总计 one changes twice
  expect(others).toBeGreaterThan(1);
  expect(counts.findingItems[naturalKey] ?? 0).toBe(0);
  const rendered = Object.values(counts.findingItems).reduce((a, b) => a + b, 0);
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThanOrEqual(4);
});

test('a report opened at its address renders each table cell once: the form becoming ready re-renders none', async ({
  page,
}) => {
  const report = await newReportWithOneCount(page);

  // a start on the report's address, counted from the entry script on (installRenderCounter reloads)
  await installRenderCounter(page);
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  const inputs = page.locator('.table-T3 input[data-cell]');
  // every row, the last batch included: the balance row comes with it
  await expect(page.locator('.table-T3 tr.balance-row')).toBeAttached();
  await expect(report.cell('T3.disclosed.natural')).toHaveValue('1');
  const cells = await inputs.count();
  expect(cells).toBeGreaterThan(100);
  // react-hook-form sets its form state once more right after the first commit (isReady): a form
  // context that changed with it rendered every cell of the first screenful a second time
  expect((await renderCounts(page)).cells).toBe(cells);
});
