import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { ReportPage } from '../pages/report-page';
import { storedReport, storedRevisions } from '../pages/sqlite';
import { killStoreProcess, storeProcessPid } from '../pages/store-process';

const ORGAN = '测试县交通运输局';

test('the store process is killed outright while the clerk edits: the next edit saves, nothing saved before is lost', async ({
  page,
  host,
}, testInfo) => {
  test.skip(host.hostPid === undefined, 'finds the store process among the loopback host’s children');
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  await report.show('requests');
  await report.typeInCell('T3.newReceived.natural', '129');
  await report.waitSaved();
  const before = storedRevisions(host.dbPath, ORGAN, 2025);

  const killed = await killStoreProcess(host.hostPid!);

  await report.typeInCell('T3.newReceived.commercial', '7');
  await report.waitSaved();
  await expect(report.saveState()).toHaveText(/^已保存 \d\d:\d\d:\d\d$/);
  await page.screenshot({ path: testInfo.outputPath('after-restart.png') });
  // a new store process serves the page, on the same file, with the edit before the kill and the one after
  expect(storeProcessPid(host.hostPid!)).not.toBe(killed);
  const stored = storedReport(host.dbPath, ORGAN, 2025).report;
  expect(stored.tables.T3.newReceived?.natural).toBe('129');
  expect(stored.tables.T3.newReceived?.commercial).toBe('7');
  expect(storedRevisions(host.dbPath, ORGAN, 2025).count).toBeGreaterThan(before.count);

  // and the home list is read through it too
  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await expect(report.cell('T3.newReceived.commercial')).toHaveValue('7');
});
