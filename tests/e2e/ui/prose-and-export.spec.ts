import { existsSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_PATH, t3Numbers } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';

test.beforeEach(async ({ page }) => {
  const home = new HomePage(page);
  const result = await home.importFile(MENGZHOU_PATH);
  await result.getByRole('button', { name: '作为草稿打开编辑' }).click();
  await expect(page.locator('.report-view')).toBeVisible();
});

test('a sentence inserted from T3 follows the table, across a reload, until the clerk rewrites it', async ({
  page,
}) => {
  const report = new ReportPage(page);
  const t3 = t3Numbers();
  const [received, done, forward] = [t3[0]![6], t3[23]![6], t3[24]![6]];
  const request = report.field('prose.overview.request');

  await report.show('overview');
  await request.fill('');
  await page.getByRole('button', { name: '插入申请办理情况（取自第三部分）' }).click();
  await expect(request).toHaveValue(
    `2025年，共收到政府信息公开申请${received}件，办结${done}件，结转下年度继续办理${forward}件。`,
  );
  await expect(page.locator('.prose-part', { has: request }).locator('.char-count')).not.toHaveText('0 字');

  await report.show('requests');
  await report.typeInCell('T3.newReceived.natural', String(Number(received) + 1));
  await page.keyboard.press('Tab');
  await report.show('overview');
  await expect(request).toHaveValue(
    `2025年，共收到政府信息公开申请${Number(received) + 1}件，办结${done}件，结转下年度继续办理${forward}件。`,
  );

  // the link survives a reload
  await report.waitSaved();
  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await report.show('requests');
  await report.typeInCell('T3.newReceived.natural', String(Number(received) + 2));
  await page.keyboard.press('Tab');
  await report.show('overview');
  await expect(request).toHaveValue(
    `2025年，共收到政府信息公开申请${Number(received) + 2}件，办结${done}件，结转下年度继续办理${forward}件。`,
  );

  await request.fill('共受理申请若干件。');
  await report.show('requests');
  await report.typeInCell('T3.newReceived.natural', String(received));
  await page.keyboard.press('Tab');
  await report.show('overview');
  await expect(request).toHaveValue('共受理申请若干件。');
});

test('export from the checks page: a draft is written and its path shown; a final export with an open error is refused in Chinese', async ({
  page,
  host,
}) => {
  // the Electron app asks where to save with a native dialog, which a test cannot answer
  test.skip(host.transport === 'electron', 'export paths come from a native save dialog in the Electron app');
  const report = new ReportPage(page);
  await report.show('checks');
  await page.getByRole('button', { name: '导出 Word' }).click();
  const outcome = page.getByTestId('export-outcome');
  await expect(outcome).toContainText('已导出草稿：');
  const path = (await outcome.textContent())!.replace(/^已导出草稿：/, '').replace(/（\d+ KB）$/, '');
  expect(path).toMatch(/\.docx$/);
  expect(existsSync(path)).toBe(true);
  await page.getByText(/^导出记录/).click();
  await expect(page.locator('.export-log li')).toHaveCount(1);
  await expect(page.locator('.export-log li')).toContainText(path);

  await report.show('requests');
  await report.typeInCell('T3.newReceived.natural', '1000');
  await page.keyboard.press('Tab');
  await report.show('checks');
  await page.getByLabel(/正式版本/).check();
  await page.getByRole('button', { name: '导出 PDF' }).click();
  await expect(outcome).toContainText('导出失败：');
  await expect(outcome).toHaveText(/错误/);
});

test('history: an earlier version is restored', async ({ page }) => {
  const report = new ReportPage(page);
  await report.show('requests');
  const original = await report.cell('T3.disclosed.natural').inputValue();
  await report.typeInCell('T3.disclosed.natural', '77');
  await page.keyboard.press('Tab');
  await report.waitSaved();

  await report.show('checks');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '查看历史版本' }).click();
  // both saves fall in one editing session: its single saves are listed under 逐次保存
  await page
    .locator('.session')
    .first()
    .getByText(/^逐次保存/)
    .click();
  await page.locator('.revisions li').nth(1).getByRole('button', { name: '恢复此版本' }).click();
  await report.show('requests');
  await expect(report.cell('T3.disclosed.natural')).toHaveValue(original);
});
