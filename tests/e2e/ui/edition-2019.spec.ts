/**
 * A report of the 2019 试行 edition (as the importer makes from a published 2019/2020 report), sent
 * through the contract (reports.import), opened in the editor: read-only with a banner saying which
 * edition, why, and the way forward; its own 表二 columns and the single （六） row. Next year's report
 * started from it says what was not carried over; the SQLite file holds both as they should be. And a
 * body written by a newer program is listed as 需要新版本, not 损坏.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { expect, test, waitForAppReady } from '../fixtures';
import { CURRENT_EDITION, EDITION_2019, T3_COLUMNS } from '../../../shared/format';
import { getCell, type Report } from '../../../shared/report';
import { report2019 } from '../../report-2019';
import { HomePage } from '../pages/home-page';
import { ReportPage } from '../pages/report-page';
import { storedReport, storedRevisions } from '../pages/sqlite';

const SCREENSHOTS = 'tests/artifacts/screenshots';
const ORGAN = '某县交通运输局';

/** Stores a report through the contract, as the import panel does, then shows the home list again. */
async function importThroughApi(page: import('@playwright/test').Page, report: Report): Promise<void> {
  const result = await page.evaluate(
    (args) =>
      (
        window as unknown as {
          nianbao: { invoke(c: string, a: unknown): Promise<{ ok: boolean; error?: { message: string } }> };
        }
      ).nianbao.invoke('reports.import', args),
    { report, status: 'final', replace: false },
  );
  expect(result.error?.message ?? null).toBeNull();
  await page.reload();
  await waitForAppReady(page);
}

test('a 2019 试行 report opens read-only in its own layout, and next year starts from it saying what was not carried over', async ({
  page,
  host,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const seed = 1 + (Date.now() % 100_003);
  const prior = report2019({ seed, year: 2020, organName: ORGAN });
  await importThroughApi(page, prior);
  const home = new HomePage(page);
  const report = new ReportPage(page);
  const before = storedRevisions(host.dbPath, ORGAN, 2020);

  // 打开 (not only 查看): an import-only edition is never editable
  await home.open(ORGAN, 2020);
  const banner = page.getByTestId('edition-banner');
  await expect(banner).toContainText(`此报告为${EDITION_2019.name}，只能查看、核对和导出，不能修改。`);
  await expect(banner).toContainText(`2021年起国家格式已改为${CURRENT_EDITION.notice}`);
  await expect(banner).toContainText('表二栏目和表三“（六）其他处理”不同');
  await expect(report.saveState()).toHaveText('只读查看，不保存');
  await expect(page.getByRole('button', { name: '标记为定稿' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '转为编辑' })).toHaveCount(0);

  // 表二 in the 2019 columns, every number as stored; nothing can be typed
  await report.show('proactive');
  const t2 = page.locator('table.table-T2');
  for (const block of EDITION_2019.t2Blocks) {
    await expect(t2.locator('th', { hasText: block.header }).first()).toBeVisible();
    for (const column of block.columns) await expect(t2.locator('th', { hasText: column.label }).first()).toBeVisible();
    for (const row of block.rows)
      for (const column of block.columns) {
        const id = `T2.${row.key}.${column.key}`;
        await expect(report.cell(id)).toHaveValue(getCell(prior, id)!);
      }
  }
  await expect(t2.locator('th', { hasText: '本年制发件数' })).toHaveCount(0);
  // “本年增/减” may be negative as printed: this edition does not flag it
  await expect(t2.locator('td.has-error')).toHaveCount(0);
  await expect(report.cell('T2.procurement.purchaseAmount')).toHaveAttribute('aria-label', /政府集中采购.*采购总金额/);
  await expect(report.cell('T2.procurement.purchaseItems')).not.toBeEditable();
  await report.typeInCell('T2.procurement.purchaseItems', '9');
  await expect(report.cell('T2.procurement.purchaseItems')).toHaveValue(
    getCell(prior, 'T2.procurement.purchaseItems')!,
  );
  await page.screenshot({ path: `${SCREENSHOTS}/edition-2019-read-only.png` });

  // 表三: the single （六）其他处理 row, none of the 2021 split rows
  await report.show('requests');
  const t3 = page.locator('table.table-T3');
  await expect(t3.locator('th', { hasText: '（六）其他处理' })).toHaveCount(1);
  await expect(report.cell('T3.other.natural')).toHaveValue(getCell(prior, 'T3.other.natural')!);
  await expect(report.cell('T3.otherOther.natural')).toHaveCount(0);
  await report.cell('T3.other.natural').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/edition-2019-table-3.png` });

  // the way forward: next year's report, in the current edition, saying what was not carried over
  await banner.getByRole('button', { name: '以此为基础新建2021年报告' }).click();
  await expect(page).toHaveURL(/#\/report\/\d+\/meta$/);
  const notCarried = page.getByTestId('not-carried');
  await expect(notCarried).toContainText('从上一年度报告新建时，以下内容未带入');
  await expect(notCarried).toContainText(`上一年度报告为${EDITION_2019.name}，表二栏目`);
  await expect(notCarried).toContainText('请按现行格式填写表二');
  await expect(notCarried).toContainText('表三“（六）其他处理”为一行，现行格式分为3行');
  await expect(page.getByTestId('edition-banner')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/edition-2019-next-year.png` });

  // the new report is editable, its 结转 carried from 2020's 结转下年度继续办理
  await report.show('requests');
  await expect(report.cell('T3.carriedOver.natural')).toHaveValue(getCell(prior, 'T3.carryForward.natural')!);
  await report.typeInCell('T3.newReceived.natural', '12');
  await page.keyboard.press('Tab');
  await report.waitSaved();

  // the SQLite file: 2020 untouched in its own edition, 2021 in the current one
  const stored2020 = storedReport(host.dbPath, ORGAN, 2020).report;
  expect(stored2020).toEqual(prior);
  expect(storedRevisions(host.dbPath, ORGAN, 2020)).toEqual(before);
  const stored2021 = storedReport(host.dbPath, ORGAN, 2021).report;
  expect(stored2021.format).toBe(CURRENT_EDITION.id);
  expect(stored2021.tables.T3['newReceived']!['natural']).toBe('12');
  for (const c of T3_COLUMNS.filter((c) => !c.isTotal))
    expect(stored2021.tables.T3['carriedOver']![c.key]).toBe(getCell(prior, `T3.carryForward.${c.key}`));
  expect(Object.values(stored2021.tables.T2).flatMap((row) => Object.values(row))).toEqual(
    CURRENT_EDITION.cells.filter((c) => c.id.startsWith('T2.')).map(() => null),
  );
});

test('a report saved by a newer program is listed as 需要新版本 with the way forward, not as 损坏', async ({
  page,
  host,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const prior = report2019({ seed: 7 + (Date.now() % 1000), year: 2020, organName: ORGAN });
  await importThroughApi(page, prior);
  const { revisionId } = storedRevisions(host.dbPath, ORGAN, 2020);
  // what a later version would write: a report shape this program does not know
  const text = JSON.stringify({ ...prior, schemaVersion: 99 });
  const body = deflateRawSync(Buffer.from(text, 'utf8'));
  const db = new Database(host.dbPath);
  db.prepare('UPDATE revisions SET body = ?, hash = ?, bytes = ? WHERE id = ?').run(
    body,
    createHash('sha256').update(text).digest('hex'),
    body.length,
    revisionId,
  );
  db.close();
  await page.reload();
  await waitForAppReady(page);

  const row = new HomePage(page).row(ORGAN, 2020);
  await expect(row).toContainText('需要新版本');
  await expect(row).not.toContainText('损坏');
  await expect(row.getByTestId('needs-newer-version')).toContainText('请升级年报助手后打开（无需恢复）');
  await expect(row.getByRole('button')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/needs-newer-version.png` });
});
