import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { installRenderCounter, renderCounts, resetRenderCounts } from '../pages/render-counter';
import { ReportPage } from '../pages/report-page';

test('typing in a T3 cell re-renders that cell and its totals, not the grid', async ({ page }) => {
  await installRenderCounter(page);
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: '测试县统计局', year: 2025 });
  await report.show('requests');
  await report.typeInCell('T3.disclosed.natural', '1');
  await report.waitSaved();

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
