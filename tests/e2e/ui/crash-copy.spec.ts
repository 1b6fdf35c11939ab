import { expect, test, waitForAppReady } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { ReportPage } from '../pages/report-page';
import type { Report } from '../../../shared/report';
import { holdWriteLock, storedReport } from '../pages/sqlite';

const ORGAN = '测试县审计局';

test('what was typed survives the page crashing right after the copy delay, with no chance to save or say goodbye', async ({
  page,
  host,
}) => {
  test.skip(host.transport === 'electron', 'crashes the tab through the DevTools protocol and opens a second tab');
  test.setTimeout(90_000);
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: ORGAN, year: 2025 });
  await report.show('requests');
  const address = page.url();
  const reportId = Number(/#\/report\/(\d+)\//.exec(address)![1]);

  // the database is held, so the autosave cannot have saved it: only the page's crash copy can bring it back
  const hold = holdWriteLock(host.dbPath);
  let held = true;
  const release = () => {
    if (held) hold();
    held = false;
  };
  try {
    await report.typeInCell('T3.newReceived.natural', '37');
    // the copy trails the last keystroke by a fraction of a second (not one per digit): the tab is
    // crashed the moment it holds the value, before any save and without beforeunload or pagehide
    await expect
      .poll(() =>
        page.evaluate((key) => {
          const raw = localStorage.getItem(key);
          return raw ? (JSON.parse(raw) as { report: Report }).report.tables.T3.newReceived?.natural : null;
        }, `nianbao.unsaved.${reportId}`),
      )
      .toBe('37');
    const crashed = page.waitForEvent('crash');
    const cdp = await page.context().newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    expect(storedReport(host.dbPath, ORGAN, 2025).report.tables.T3.newReceived?.natural).toBeNull();

    const again = await page.context().newPage();
    await again.goto(address);
    await waitForAppReady(again);
    const reopened = new ReportPage(again);
    await expect(reopened.cell('T3.newReceived.natural')).toHaveValue('37');
    await expect(reopened.cell('T3.newReceived.total')).toHaveText('37');
    await expect(again.getByText('已恢复上次未来得及保存的修改。')).toBeVisible();
    release();
    await reopened.waitSaved();
    expect(storedReport(host.dbPath, ORGAN, 2025).report.tables.T3.newReceived?.natural).toBe('37');
    await again.close();
  } finally {
    release();
  }
});
