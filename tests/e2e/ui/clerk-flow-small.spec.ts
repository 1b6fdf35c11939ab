/** Issue 11, the smaller items: year box, deadline hint by 机关类型, "12 9" refused, paste banner, status label, placeholders. */
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { ReportPage } from '../pages/report-page';
import { storedReport } from '../pages/sqlite';

test('the year box takes “2025年”; the organ kind says which deadline it sets', async ({ page }) => {
  const form = page.locator('form.new-report');
  const hint = form.getByTestId('kind-deadline-hint');
  await form.getByLabel('年度').fill('2025年');
  await form.getByLabel('机关类型').selectOption('政府部门');
  await expect(hint).toContainText('政府部门的年度报告应于2026年1月31日前公开');
  await form.getByLabel('机关类型').selectOption('人民政府');
  await expect(hint).toContainText('人民政府的年度报告应于2026年3月31日前公开');
  await form.getByLabel('年度').fill('25');
  await expect(hint).toContainText('次年3月31日前');
  await form.getByLabel('机关名称').fill('某县人民政府');
  await form.getByRole('button', { name: '创建并开始填写' }).click();
  await expect(form.getByRole('alert')).toContainText('如 2025 或“2025年”');
  await form.getByLabel('年度').fill('２０２５ 年');
  await form.getByRole('button', { name: '创建并开始填写' }).click();
  await expect(page.locator('.report-title')).toContainText('某县人民政府2025年');
  await expect(page.getByTestId('kind-deadline-hint')).toContainText('人民政府的年度报告应于2026年3月31日前公开');
});

test('“12 9” in a cell is refused with a reason, not stored as 129; the status is a steady label; a good paste banner goes', async ({
  page,
  host,
}) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: '某县民政局', kind: '政府部门', year: 2025 });
  const status = page.getByTestId('report-status');
  await expect(status).not.toHaveRole('button');
  const before = (await status.boundingBox())!;

  await report.show('requests');
  await report.typeInCell('T3.newReceived.natural', '12 9');
  await page.keyboard.press('Tab');
  await expect(report.cellBox('T3.newReceived.natural')).toHaveClass(/has-error/);
  await expect(page.locator('.section-findings [data-finding="CELL-DOMAIN"]')).toContainText('数字中间有空格');
  await report.waitSaved();
  expect(storedReport(host.dbPath, '某县民政局', 2025).report.tables.T3['newReceived']!['natural']).toBe('12 9');
  // the status label did not move while the save line changed
  const after = (await status.boundingBox())!;
  expect(Math.abs(after.x - before.x)).toBeLessThan(1);

  await report.pasteInto('T3.disclosed.natural', '1\t0\t0\t0\t0\t0\r\n');
  await expect(page.getByTestId('paste-notice')).toContainText('已粘贴 6 个单元格');
  await expect(page.getByTestId('paste-notice')).toHaveCount(0, { timeout: 20_000 });

  // a text field's placeholder does not repeat the hint printed above it
  await report.show('overview');
  const request = report.field('prose.overview.request');
  expect(await request.getAttribute('placeholder')).toBeNull();
});
