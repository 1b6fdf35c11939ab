/** Issue 11: the history as editing sessions saying what changed; a restore keeps the list open. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';
import { storedReport, storedRevisions } from '../pages/sqlite';

const DIR = 'tests/artifacts/screenshots';

/**
 * Moves the stored revisions back in time (hours apart), as if they had been written on earlier days:
 * the only way to have several editing sessions within one test.
 */
function ageRevisions(dbPath: string, reportId: number, hoursAgo: Record<number, number>): void {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    const ids = (
      db.prepare('SELECT id FROM revisions WHERE report_id = ? ORDER BY id').all(reportId) as Array<{ id: number }>
    ).map((r) => r.id);
    const update = db.prepare('UPDATE revisions SET created_at = ? WHERE id = ?');
    for (const [index, hours] of Object.entries(hoursAgo))
      update.run(new Date(Date.now() - hours * 3_600_000).toISOString(), ids[Number(index)]);
  } finally {
    db.close();
  }
}

test('history lists editing sessions with what each changed; restoring one keeps the list open', async ({
  page,
  host,
}) => {
  mkdirSync(DIR, { recursive: true });
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await home.open(MENGZHOU_ORGAN, MENGZHOU_YEAR);

  // a sitting on the tables: two cells, saved twice
  await report.show('requests');
  const original = await report.cell('T3.disclosed.natural').inputValue();
  await report.typeInCell('T3.disclosed.natural', '77');
  await page.keyboard.press('Tab');
  await report.waitSaved();
  await report.typeInCell('T3.disclosed.commercial', '1');
  await page.keyboard.press('Tab');
  await report.waitSaved();
  // a later sitting on the text
  await report.show('overview');
  const request = await report.field('prose.overview.request').inputValue();
  await report.field('prose.overview.request').fill(`${request}另补充一句。`);
  await report.waitSaved();

  const { reportId, count } = storedRevisions(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  expect(count).toBe(4);
  // import two days ago, the table sitting three hours ago, the text now
  ageRevisions(host.dbPath, reportId, { 0: 48, 1: 3.02, 2: 3 });

  await report.show('checks');
  await page.getByRole('button', { name: '查看历史版本' }).click();
  const sessions = page.locator('.session');
  await expect(sessions).toHaveCount(3);
  await expect(sessions.nth(0)).toContainText('1 次保存（当前）');
  await expect(sessions.nth(0)).toContainText('一、总体情况：1 段文字');
  await expect(sessions.nth(1)).toContainText('2 次保存');
  await expect(sessions.nth(1)).toContainText('三、收到和处理政府信息公开申请情况：2 个单元格');
  await expect(sessions.nth(2)).toContainText('新建或导入报告');
  await page.locator('section.history').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${DIR}/history-sessions.png` });

  // back to the end of the table sitting: the text addition goes, the list stays, saying what happened
  page.once('dialog', (d) => void d.accept());
  await sessions.nth(1).getByRole('button', { name: '恢复到此段结束时' }).click();
  await expect(page.getByTestId('history-restored')).toContainText('已恢复到');
  await expect(page.locator('.session').first()).toContainText('（当前）');
  await expect(page.locator('.session')).toHaveCount(3);
  // the text added and taken back in this sitting: no net change, the restore listed among its saves
  await expect(page.locator('.session').first()).toContainText('2 次保存（当前）');
  await expect(page.locator('.session').first()).toContainText('内容没有变化');
  await expect(page.locator('.session').nth(1)).toContainText('三、收到和处理政府信息公开申请情况：2 个单元格');
  await report.show('overview');
  await expect(report.field('prose.overview.request')).toHaveValue(request);
  await report.show('requests');
  await expect(report.cell('T3.disclosed.natural')).toHaveValue('77');
  expect(storedReport(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR).report.tables.T3['disclosed']!['natural']).toBe('77');
  expect(original).not.toBe('77');
});
