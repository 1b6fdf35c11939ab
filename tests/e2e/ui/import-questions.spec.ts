import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { ImportPanel } from '../pages/import-panel';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';
import { storedReport } from '../pages/sqlite';

test('an import whose title cannot be read asks for organ and year, is saved as last year’s 定稿, and this year’s draft starts from it', async ({
  page,
  host,
}, testInfo) => {
  // the published report as a page saved without its title: only the site's breadcrumb is left above 一
  const text = readFileSync(MENGZHOU_PATH, 'utf8');
  const untitled = text.replace(/^.*年政府信息公开工作年度报告.*$/m, '首页 > 政府信息公开 > 政府信息公开年报');
  expect(untitled).not.toContain('年度报告');
  const path = testInfo.outputPath('年报.txt');
  writeFileSync(path, untitled);

  const home = new HomePage(page);
  const dialog = new ImportPanel(page);
  await dialog.choose(path);

  // asked, with the reason, before anything can be stored
  await expect(dialog.questions).toBeVisible();
  await expect(dialog.questions).toContainText('没有找到报告标题');
  await expect(dialog.saveAsPublishedButton()).toBeDisabled();
  await expect(dialog.openAsDraftButton()).toBeDisabled();
  await expect(dialog.result).toContainText('请先填写上面的机关名称、年度');
  // the breadcrumb was not taken for the title, and the import report names it
  await expect(dialog.summary).toContainText('首页 > 政府信息公开 > 政府信息公开年报');
  await expect(dialog.summary).toContainText('读到 175 个数值（共 175 个单元格）');

  // a wrong year is refused in Chinese; the right one is taken
  await dialog.answer('机关名称', MENGZHOU_ORGAN);
  await dialog.answer('年度', '25');
  await expect(dialog.questions).toContainText('年度应为 2008—2100 之间的四位数字');
  await expect(dialog.saveAsPublishedButton()).toBeDisabled();
  await dialog.answer('年度', String(MENGZHOU_YEAR));
  // the typed name decides kind and 规章制定权 (人民政府办公室: a department)
  await expect(dialog.questions).toContainText('按机关名称定为“政府部门”');
  await expect(dialog.result).toContainText(`${MENGZHOU_ORGAN}${MENGZHOU_YEAR}年政府信息公开工作年度报告`);
  await page.screenshot({ path: testInfo.outputPath('import-questions.png'), fullPage: true });

  await dialog.saveAsPublishedButton().click();
  await expect(home.row(MENGZHOU_ORGAN, MENGZHOU_YEAR)).toContainText('定稿');
  const stored = storedReport(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  expect(stored.status).toBe('final');
  expect(stored.report.organ).toMatchObject({ name: MENGZHOU_ORGAN, kind: '政府部门', rulesPower: false });
  expect(stored.report.year).toBe(MENGZHOU_YEAR);
  expect(stored.report.tables.T3.newReceived!.total).toBe('129');

  // this year's draft starts from last year's 定稿
  await home.newFromPrior(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await expect(page.locator('.report-title')).toContainText(`${MENGZHOU_ORGAN}${MENGZHOU_YEAR + 1}`);
  const report = new ReportPage(page);
  await report.show('requests');
  await expect(report.cell('T3.carriedOver.natural')).toHaveValue('5');
  const draft = storedReport(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR + 1);
  expect(draft.status).toBe('draft');
});
