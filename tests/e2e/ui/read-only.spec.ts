import { mkdirSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';
import { storedReport, storedRevisions } from '../pages/sqlite';

const SCREENSHOTS = 'tests/artifacts/screenshots';
/** longer than the editor's autosave debounce (800 ms) and its first retry would need */
const PAST_AUTOSAVE_MS = 2000;

test.beforeEach(async ({ page }) => {
  await new HomePage(page).importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
});

test('查看 opens a prior year read-only: nothing can be typed, pasted or undone, no revision is written, and 转为编辑 edits and saves', async ({
  page,
  host,
}) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  const before = storedRevisions(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  const stored = storedReport(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR).report;
  const cellId = 'T3.newReceived.natural';
  const cellValue = stored.tables.T3.newReceived!.natural!;
  const prose = stored.prose.overview.active!;
  expect(cellValue).toMatch(/^\d+$/);
  expect(prose.length).toBeGreaterThan(10);

  // a copy of unsaved changes left behind by an earlier editing session: viewing must neither show nor save it
  const plantedTitle = '留在本机尚未保存的标题';
  await page.evaluate(([key, copy]) => localStorage.setItem(key, copy), [
    `nianbao.unsaved.${before.reportId}`,
    JSON.stringify({ revisionId: before.revisionId, report: { ...stored, title: plantedTitle } }),
  ] as const);

  await home.view(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await expect(page).toHaveURL(/#\/report\/\d+\/meta\/view$/);
  await expect(report.readOnlyBanner()).toContainText('只读查看：不会修改此报告。');
  await expect(report.saveState()).toHaveText('只读查看，不保存');
  await expect(report.field('title')).toHaveValue('');
  await expect(report.field('title')).not.toBeEditable();
  await expect(report.field('organ.kind')).toBeDisabled();
  await expect(report.field('organ.rulesPower')).toBeDisabled();

  // a grid cell: typing, deleting, undoing and pasting leave it as stored; moving between cells still works
  await report.show('requests');
  await expect(report.cell(cellId)).not.toBeEditable();
  await report.typeInCell(cellId, '7');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+z');
  await expect(report.cell(cellId)).toHaveValue(cellValue);
  await report.pasteInto(cellId, '1\t2\t3');
  await expect(report.cell(cellId)).toHaveValue(cellValue);
  await expect(page.getByTestId('paste-notice')).toHaveCount(0);
  await report.cell(cellId).click();
  await page.keyboard.press('Tab');
  await expect(report.cell('T3.newReceived.commercial')).toBeFocused();

  await page.setViewportSize({ width: 1366, height: 768 });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/read-only.png` });

  // a prose field: typing changes nothing, and the sentence buttons are not offered
  await report.show('overview');
  const field = report.field('prose.overview.active');
  await expect(field).not.toBeEditable();
  await field.click();
  await page.keyboard.type('不应出现的文字');
  await page.keyboard.press('Backspace');
  await expect(field).toHaveValue(prose);
  await expect(page.locator('.sentence-buttons')).toHaveCount(0);

  // checks: findings and exports stay, acknowledging and restoring do not
  await report.show('checks');
  await expect(page.locator('.checks .findings')).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 Word' })).toBeEnabled();
  await expect(page.getByRole('button', { name: '确认无误并说明原因' })).toHaveCount(0);
  await page.getByRole('button', { name: '查看历史版本' }).click();
  await expect(page.locator('.session').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^恢复/ })).toHaveCount(0);

  // well past the autosave delay, the store still holds exactly the revisions it had before viewing
  const started = Date.now();
  await expect
    .poll(
      () => ({
        revisions: storedRevisions(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR).count,
        waitedPastAutosave: Date.now() - started > PAST_AUTOSAVE_MS,
      }),
      { timeout: PAST_AUTOSAVE_MS + 3000, intervals: [200] },
    )
    .toEqual({ revisions: before.count, waitedPastAutosave: true });
  expect(storedRevisions(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR).revisionId).toBe(before.revisionId);
  expect(storedReport(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR).report).toEqual(stored);

  // 转为编辑: the same pane, now editable; the kept copy comes back and a typed change is saved
  await report.switchToEditing();
  await expect(page).toHaveURL(/#\/report\/\d+\/checks$/);
  await expect(page.getByText('已恢复上次未来得及保存的修改。')).toBeVisible();
  await report.show('requests');
  await expect(report.cell(cellId)).toBeEditable();
  const changed = String(Number(cellValue) + 1);
  await report.typeInCell(cellId, changed);
  await page.keyboard.press('Tab');
  await report.waitSaved();
  const after = storedRevisions(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  expect(after.count).toBeGreaterThan(before.count);
  const saved = storedReport(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR).report;
  expect(saved.tables.T3.newReceived!.natural).toBe(changed);
  expect(saved.title).toBe(plantedTitle);
});

test('a read-only view survives a reload and saves nothing on leaving it', async ({ page, host }) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  const before = storedRevisions(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await home.view(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await report.show('requests');
  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await expect(report.readOnlyBanner()).toBeVisible();
  await expect(page.locator('.side-list [data-pane="requests"]')).toHaveAttribute('aria-current', 'page');
  await expect(report.cell('T3.newReceived.natural')).not.toBeEditable();
  await home.goto();
  await expect(home.row(MENGZHOU_ORGAN, MENGZHOU_YEAR)).toBeVisible();
  const after = storedRevisions(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  expect(after).toEqual(before);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('nianbao.unsaved.')))).toEqual(
    [],
  );
});
