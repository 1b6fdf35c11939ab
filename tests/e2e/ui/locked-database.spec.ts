import { writeFileSync } from 'node:fs';
import { cellId, T3_COLUMNS, T3_ROWS } from '../../../shared/format';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { holdWriteLockFromAnotherProcess } from '../pages/lock-holder';
import { ReportPage } from '../pages/report-page';
import { storedReport, storedRevisions } from '../pages/sqlite';

const ORGAN = '测试县交通运输局';
const LOCK_MS = 10_000;
const WAITING_TEXT = '数据正在被另一个程序使用，保存将在其释放后自动完成';
/** every T3 row the clerk fills in (the （七）总计 row is derived), in the first applicant column */
const COLUMN = T3_COLUMNS.find((c) => !c.isTotal)!.key;
const TYPED = T3_ROWS.filter((r) => r.role !== 'resultTotal').map((row, i) => ({
  row: row.key,
  id: cellId('T3', row.key, COLUMN),
  value: String(11 + i),
}));

test('while another program holds the database for 10 s the clerk keeps typing in 表三; saving waits, says so, and stores every edit once released', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  await report.show('requests');
  await report.waitSaved();
  const before = storedRevisions(host.dbPath, ORGAN, 2025);

  // Event Timing: each keystroke, click or input whose handling up to the next paint took 16 ms or more
  await page.evaluate(() => {
    const w = window as unknown as { slowestInput: number; slowInputs: number };
    w.slowestInput = 0;
    w.slowInputs = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.slowInputs++;
        w.slowestInput = Math.max(w.slowestInput, entry.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });

  const lock = await holdWriteLockFromAnotherProcess(host.dbPath, LOCK_MS);
  for (const { id, value } of TYPED) {
    await report.typeInCell(id, value);
    await expect(report.cell(id)).toHaveValue(value);
  }
  const typedAt = Date.now();
  await expect(report.saveState()).toHaveText(WAITING_TEXT, { timeout: LOCK_MS });
  const waitingShownAt = Date.now();
  await page.screenshot({ path: testInfo.outputPath('saving-waits.png') });
  // nothing has reached the file yet
  expect(storedRevisions(host.dbPath, ORGAN, 2025).count).toBe(before.count);
  // the store process still answers reads while the save waits for the lock
  const listed = await page.evaluate(() =>
    (window as unknown as { nianbao: { invoke(c: string, a: unknown): Promise<{ ok: boolean }> } }).nianbao.invoke(
      'reports.list',
      {},
    ),
  );
  expect(listed.ok).toBe(true);
  const listedAt = Date.now();

  lock.release(); // held for at least LOCK_MS, and until everything above was seen during the lock
  const releasedAt = await lock.released;
  // by the holder's own clock: seen from here, the two lines can arrive late by different amounts
  expect(await lock.heldMs).toBeGreaterThanOrEqual(LOCK_MS);
  // everything above happened while the other process still held the lock
  expect(typedAt).toBeLessThan(releasedAt);
  expect(waitingShownAt).toBeLessThan(releasedAt);
  expect(listedAt).toBeLessThan(releasedAt);

  // once released, the waiting save goes through without the clerk doing anything
  await expect(report.saveState()).toHaveText(/^已保存 \d\d:\d\d:\d\d$/, { timeout: 20_000 });
  const stored = storedReport(host.dbPath, ORGAN, 2025).report;
  for (const { row, value } of TYPED) expect(stored.tables.T3[row]?.[COLUMN]).toBe(value);
  // one revision holding every edit: none lost, none written twice
  expect(storedRevisions(host.dbPath, ORGAN, 2025).count).toBe(before.count + 1);

  const timing = await page.evaluate(() => {
    const w = window as unknown as { slowestInput: number; slowInputs: number };
    return { slowestInputToPaintMs: w.slowestInput, inputsOver16ms: w.slowInputs };
  });
  const measured = JSON.stringify({ ...timing, typedCells: TYPED.length, lockMs: LOCK_MS }, null, 2);
  writeFileSync(testInfo.outputPath('input-to-paint.json'), measured);
  await testInfo.attach('input-to-paint.json', { body: measured, contentType: 'application/json' });
  // speed targets belong in npm run bench; this only proves the page never stalled for the lock's duration
  expect(timing.slowestInputToPaintMs).toBeLessThan(LOCK_MS / 4);
});
