import Database from 'better-sqlite3';
import { openStore } from '../../../electron/services/store';
import { setCell } from '../../../shared/report';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { ReportPage } from '../pages/report-page';
import { storedReport, storedRevisions } from '../pages/sqlite';

const ORGAN = '测试县自然资源局';
const CELL = 'T2.licensing.decisions';

test('a save over a newer version from another program is shown, not applied; 载入最新内容 shows theirs and ours stays in the history', async ({
  page,
  host,
}, testInfo) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  await report.show('proactive');
  await report.waitSaved();
  const { reportId } = storedRevisions(host.dbPath, ORGAN, 2025);

  // the CLI or a second instance: another process with its own connection saves a newer version
  const other = openStore({ dir: host.dataDir });
  const theirs = await other.openReport(reportId);
  await other.saveReport(reportId, setCell(theirs.report, CELL, '41'));
  other.close();
  const afterTheirs = storedRevisions(host.dbPath, ORGAN, 2025);

  await report.typeInCell(CELL, '99');
  await expect(report.saveState()).toContainText('另一个程序修改了这份报告', { timeout: 15_000 });
  await page.screenshot({ path: testInfo.outputPath('conflict.png') });
  // not applied: theirs is still the current content; ours was kept as one more revision
  expect(storedReport(host.dbPath, ORGAN, 2025).report.tables.T2.licensing!.decisions).toBe('41');
  expect(storedRevisions(host.dbPath, ORGAN, 2025).count).toBe(afterTheirs.count + 1);

  await report.saveState().getByRole('button', { name: '载入最新内容' }).click();
  await report.show('proactive');
  await expect(report.cell(CELL)).toHaveValue('41');
  await report.typeInCell(CELL, '42');
  await report.waitSaved();
  expect(storedReport(host.dbPath, ORGAN, 2025).report.tables.T2.licensing!.decisions).toBe('42');
});

test('a report whose stored content is damaged is marked 损坏 on the home page, the others open, and 恢复 brings back the last intact revision', async ({
  page,
  host,
}, testInfo) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2024 });
  await report.show('proactive');
  await report.typeInCell(CELL, '7');
  await report.waitSaved();
  await home.goto();
  await home.newFromPrior(ORGAN, 2024);
  await report.waitSaved();
  await home.goto();

  const { reportId } = storedRevisions(host.dbPath, ORGAN, 2024);
  const db = new Database(host.dbPath);
  db.prepare('UPDATE revisions SET body = ? WHERE id = (SELECT revision_id FROM reports WHERE id = ?)').run(
    Buffer.from([0x0b, 0x49, 0x2c, 0x49, 0x04, 0x00, 0xff, 0xff, 0x00, 0x11]),
    reportId,
  );
  db.close();

  await page.reload();
  await expect(home.row(ORGAN, 2024)).toContainText('损坏');
  await expect(home.row(ORGAN, 2025)).not.toContainText('损坏');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('damaged-row.png') });
  await home.open(ORGAN, 2025);
  await home.goto();

  await home.row(ORGAN, 2024).getByRole('button', { name: '从历史版本恢复2024年报告' }).click();
  await expect(page.locator('.report-view')).toBeVisible();
  await report.show('proactive');
  await expect(report.cell(CELL)).toHaveValue('');
  await home.goto();
  await expect(home.row(ORGAN, 2024)).not.toContainText('损坏');
});
