/** Issue 11: 定稿 is an explicit step shown at once in the header; deadlines only for drafts. */
import { mkdirSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';
import { storedReport } from '../pages/sqlite';

const storedStatus = (db: string, organ: string, year: number) => storedReport(db, organ, year).status;

const DIR = 'tests/artifacts/screenshots';

test('a published report has no deadline; 撤回为草稿 and 标记为定稿 show in the header at once; a final export does not mark 定稿', async ({
  page,
  host,
}) => {
  mkdirSync(DIR, { recursive: true });
  const home = new HomePage(page);
  const report = new ReportPage(page);
  const status = page.getByTestId('report-status');
  await home.importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  // a 定稿 carries no deadline and no overdue mark, on the home page or in its header
  await expect(page.getByTestId('organ-deadline')).toHaveCount(0);
  await home.open(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await expect(status).toHaveText('定稿');
  await expect(page.locator('.report-head .deadline')).toHaveCount(0);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '撤回为草稿' }).click();
  await expect(status).toHaveText('草稿');
  await expect(page.locator('.report-head .deadline')).toContainText('2025年度报告公开期限');
  expect(storedStatus(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR)).toBe('draft');

  // a final export is only an export: the report stays a draft, and the message says how to mark it
  if (host.transport === 'browser') {
    await report.show('checks');
    await page.getByLabel(/正式版本/).check();
    await page.getByRole('button', { name: '导出网页' }).click();
    await expect(page.getByTestId('export-outcome')).toContainText('已导出正式版本');
    await expect(page.getByTestId('export-detail')).toContainText('标记为定稿');
    await expect(status).toHaveText('草稿');
    expect(storedStatus(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR)).toBe('draft');
  }

  await page.getByRole('button', { name: '标记为定稿' }).click();
  await expect(status).toHaveText('定稿');
  await expect(page.locator('.report-head .deadline')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '撤回为草稿' })).toBeVisible();
  await report.show('checks');
  await expect(page.locator('.findings .notice.info')).toHaveCount(0);
  expect(storedStatus(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR)).toBe('final');
  await page.screenshot({ path: `${DIR}/final-header.png` });
  await home.goto();
  await expect(home.row(MENGZHOU_ORGAN, MENGZHOU_YEAR)).toContainText('定稿');
  await expect(page.getByTestId('organ-deadline')).toHaveCount(0);
});

test('标记为定稿 is refused while a final would be refused, saying why and what to do', async ({ page, host }) => {
  const home = new HomePage(page);
  await home.createReport({ organ: '某县民政局', kind: '政府部门', year: 2026 });
  await page.getByRole('button', { name: '标记为定稿' }).click();
  await expect(page.getByTestId('status-message')).toContainText('不能标记为定稿');
  await expect(page.getByTestId('status-message')).toContainText('可以导出草稿');
  await expect(page.getByTestId('report-status')).toHaveText('草稿');
  expect(storedStatus(host.dbPath, '某县民政局', 2026)).toBe('draft');
});
