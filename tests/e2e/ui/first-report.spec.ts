import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { ReportPage } from '../pages/report-page';
import { holdWriteLock, storedReport } from '../pages/sqlite';

const ORGAN = '测试县交通运输局';

test('a clerk on an empty data folder creates a report, types a value, and finds it after a reload and in the SQLite file', async ({
  page,
  host,
}) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await expect(page.getByText('还没有报告。请在右侧新建报告')).toBeVisible();

  await home.createReport({ organ: ORGAN, kind: '政府部门', year: 2025 });
  await report.show('requests');
  // full-width digits, as a Chinese input method types them, are taken as the number
  await report.typeInCell('T3.newReceived.natural', '１２９');
  await page.keyboard.press('Enter');
  await expect(report.cell('T3.carriedOver.natural')).toBeFocused();
  await expect(report.cell('T3.newReceived.natural')).toHaveValue('129');
  // the row total is derived live and read-only
  await expect(report.cell('T3.newReceived.total')).toHaveText('129');
  await report.waitSaved();

  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await expect(report.cell('T3.newReceived.natural')).toHaveValue('129');
  expect(storedReport(host.dbPath, ORGAN, 2025).report.tables.T3.newReceived?.natural).toBe('129');
});

test('what was typed just before a reload is not lost', async ({ page, host }) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  await report.show('overview');
  await report.field('prose.overview.platform').click();
  await page.keyboard.type('依托政府网站集中发布');
  await page.reload(); // no waiting for the autosave
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await expect(report.field('prose.overview.platform')).toHaveValue('依托政府网站集中发布');
  await report.waitSaved();
  expect(storedReport(host.dbPath, ORGAN, 2025).report.prose.overview.platform).toBe('依托政府网站集中发布');
});

test('the grid behaves like a spreadsheet: moves, replace on type, clear, a bad value kept with its message, undo and redo', async ({
  page,
}) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  await report.show('review');

  // Tab moves right and skips the derived 总计; Shift+Tab comes back
  await report.typeInCell('T4.reconsideration.upheld', '1');
  for (const key of ['Tab', 'Tab', 'Tab']) await page.keyboard.press(key);
  await expect(report.cell('T4.reconsideration.pending')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(report.cell('T4.litigationDirect.upheld')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(report.cell('T4.reconsideration.pending')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(report.cell('T4.reconsideration.other')).toBeFocused();

  // typing replaces what the cell held
  await report.typeInCell('T4.reconsideration.upheld', '7');
  await expect(report.cell('T4.reconsideration.upheld')).toHaveValue('7');
  await expect(report.cell('T4.reconsideration.total')).toHaveText('7');

  // a value that is not a number keeps the typed text and says what is wrong, in Chinese
  await report.typeInCell('T4.reconsideration.corrected', '2.5');
  await page.keyboard.press('Tab');
  await expect(report.cellBox('T4.reconsideration.corrected')).toHaveClass(/has-error/);
  await expect(report.cellBox('T4.reconsideration.corrected')).toContainText('件数须为整数');
  await expect(report.cell('T4.reconsideration.corrected')).toHaveValue('2.5');
  // a value that is not a whole number is left out of the total, which stays a count
  await expect(report.cell('T4.reconsideration.total')).toHaveText('7');
  await expect(report.cellBox('T4.reconsideration.total')).not.toHaveClass(/has-error/);

  // Delete on a selected cell clears it to blank
  await report.cell('T4.reconsideration.corrected').click();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Tab');
  await expect(report.cell('T4.reconsideration.corrected')).toHaveValue('');
  await expect(report.cellBox('T4.reconsideration.corrected')).not.toHaveClass(/has-error/);

  // undo walks back across cells, redo forward again
  await page.keyboard.press('Control+z');
  await expect(report.cell('T4.reconsideration.corrected')).toHaveValue('2.5');
  await page.keyboard.press('Control+z');
  await expect(report.cell('T4.reconsideration.corrected')).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(report.cell('T4.reconsideration.upheld')).toHaveValue('1');
  await expect(report.cell('T4.reconsideration.total')).toHaveText('1');
  await page.keyboard.press('Control+y');
  await expect(report.cell('T4.reconsideration.upheld')).toHaveValue('7');
  await expect(report.cell('T4.reconsideration.total')).toHaveText('7');

  // a block that does not fit is refused as a whole, with a message saying why
  await report.pasteInto('T4.reconsideration.upheld', '1\t0\t0\t0\t1\r\n2\t0\t0\t0\t2\r\n');
  await expect(page.getByTestId('paste-notice')).toHaveText(
    '未粘贴：粘贴的内容有 2 行数字，从当前单元格往下只有 1 行，请从更靠上的单元格开始粘贴，或少复制几行',
  );
  await expect(report.cell('T4.reconsideration.upheld')).toHaveValue('7');
});

test('when another program holds the database the clerk is told saving waits, and the typed text survives a reload and is saved once it is free', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  await report.show('problems');

  // another process (this test's worker; the host and its store run in processes of their own) holds
  // the database: the store's writes wait, and the page must say so rather than pretend it saved
  const release = holdWriteLock(host.dbPath);
  try {
    await report.field('prose.problems.problems').fill('政策解读形式单一');
    await expect(report.saveState()).toHaveText('数据正在被另一个程序使用，保存将在其释放后自动完成', {
      timeout: 20_000,
    });
    expect(storedReport(host.dbPath, ORGAN, 2025).report.prose.problems.problems).toBe('');

    // reloaded while the database is still held: the page's own copy brings the text back
    await page.reload();
    await expect(page.locator('html[data-ready="1"]')).toBeAttached({ timeout: 20_000 });
    await expect(report.field('prose.problems.problems')).toHaveValue('政策解读形式单一');
    await expect(page.getByText('已恢复上次未来得及保存的修改。')).toBeVisible();
    await expect(report.saveState()).toHaveText('数据正在被另一个程序使用，保存将在其释放后自动完成', {
      timeout: 20_000,
    });
    expect(storedReport(host.dbPath, ORGAN, 2025).report.prose.problems.problems).toBe('');
  } finally {
    release();
  }

  // once the database is free, the retry saves it without the clerk doing anything
  await expect(report.saveState()).toHaveText(/^已保存 \d\d:\d\d:\d\d$/, { timeout: 20_000 });
  expect(storedReport(host.dbPath, ORGAN, 2025).report.prose.problems.problems).toBe('政策解读形式单一');
});

test('the 人民政府 hint follows the organ kind, and the fee sentence follows the three fee fields', async ({
  page,
}) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: '测试县人民政府', kind: '人民政府', year: 2025 });
  await expect(page.locator('.deadline').first()).toContainText('2026年3月31日');

  await report.show('overview');
  const hint = page.getByText('人民政府须报告工作考核、社会评议和责任追究结果情况');
  await expect(hint).toBeVisible();
  await report.show('meta');
  await page.getByLabel('机关类型').selectOption('政府部门');
  await expect(page.locator('.deadline').first()).toContainText('2026年1月31日');
  await report.show('overview');
  await expect(hint).toHaveCount(0);

  await report.show('other');
  const sentence = page.getByTestId('fee-sentence');
  await expect(sentence).toContainText('三项都填写后');
  await page.getByLabel('发出收费通知件数').fill('2');
  await page.getByLabel('收费通知总金额').fill('100.5');
  await page.getByLabel('实际收取总金额').fill('１００．５');
  await expect(sentence).toHaveText(
    '导出时写作：本年度共发出信息处理费收费通知2件，收费通知总金额100.5元，实际收取信息处理费100.5元。',
  );
  await page.getByLabel('实际收取总金额').fill('100.555');
  await expect(page.locator('.fee-field .field-msg')).toHaveText('元金额最多保留2位小数');
  await expect(sentence).toContainText('三项都填写后');
});
