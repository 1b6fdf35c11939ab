/**
 * A final export is refused while the text holds a placeholder, and the refusal says which and where; the
 * checks page says so before the clerk tries. Then the same export goes through once the blank is filled.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_PATH } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';

test('正式版本 with “____” left in the prose is refused, naming the placeholder and the part', async ({
  page,
  host,
}) => {
  test.skip(host.transport === 'electron', 'export paths come from a native save dialog in the Electron app');
  const home = new HomePage(page);
  const result = await home.importFile(MENGZHOU_PATH);
  await result.getByRole('button', { name: '作为草稿打开编辑' }).click();
  const report = new ReportPage(page);

  await report.show('overview');
  const request = report.field('prose.overview.request');
  const original = await request.inputValue();
  await request.fill(`${original}咨询电话：____。`);
  await report.waitSaved();

  await report.show('checks');
  await page.getByLabel(/正式版本/).check();
  await expect(page.getByLabel(/正式版本/)).toBeChecked();
  await expect(page.getByTestId('final-only')).toContainText('“一、总体情况”的“依申请公开”中留有占位符“____”');
  mkdirSync('tests/artifacts/screenshots', { recursive: true });
  await page.locator('section.export').screenshot({ path: 'tests/artifacts/screenshots/final-refused.png' });

  await page.getByRole('button', { name: '导出 Word' }).click();
  const outcome = page.getByTestId('export-outcome');
  await expect(outcome).toContainText(
    '导出失败：报告还有1项错误，不能正式导出：1. “一、总体情况”的“依申请公开”中留有占位符“____”',
  );
  await expect(outcome).toContainText('（PLACEHOLDER）');

  await report.show('overview');
  await request.fill(`${original}咨询电话：0391-8198000。`);
  await report.waitSaved();
  await report.show('checks');
  await page.getByLabel(/正式版本/).check();
  await expect(page.getByTestId('final-only')).toHaveCount(0);
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(outcome).toContainText('已导出正式版本：');
  const path = (await outcome.textContent())!.replace(/^已导出正式版本：/, '').replace(/（\d+ KB）$/, '');
  expect(existsSync(path)).toBe(true);
});
