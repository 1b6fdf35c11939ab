import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';
import { storedReport } from '../pages/sqlite';

test.beforeEach(async ({ page }) => {
  await new HomePage(page).importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
});

test('a broken cell shows its finding at the cell, in the side list and in the checks panel, which jumps back to it', async ({
  page,
}) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.open(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await expect(report.sideState('requests')).not.toContainText('错误');

  await report.show('requests');
  await report.typeInCell('T3.newReceived.natural', '130');
  await page.keyboard.press('Tab');

  // at the cell: marked, with the message on focus
  await expect(report.cellBox('T3.newReceived.natural')).toHaveClass(/has-error/);
  await report.cell('T3.newReceived.natural').focus();
  await expect(report.cellBox('T3.newReceived.natural').locator('.cell-msg')).toBeVisible();
  await expect(report.cellBox('T3.newReceived.natural').locator('.cell-msg')).toContainText('相差1');
  // the balance line under the table names the column and the amount
  await expect(page.locator('[data-balance-column="natural"]')).toHaveText('相差 1');
  await expect(page.locator('.section-findings')).toContainText('“自然人”列');
  // in the side list
  await expect(report.sideState('requests')).toContainText(/错误 \d+/);
  await expect(report.sideState('checks')).toContainText(/错误 \d+/);

  // in the checks panel, grouped under its section; a click jumps to the cell
  await report.show('checks');
  const group = page.locator('.finding-group[data-group="requests"]');
  await expect(group.locator('[data-finding="T3-BALANCE"]').first()).toContainText('“自然人”列');
  await group.locator('[data-finding="T3-BALANCE"]').first().getByRole('button').first().click();
  await expect(report.cell('T3.newReceived.natural')).toBeFocused();
  await expect(page.locator('.side-list [data-pane="requests"]')).toHaveAttribute('aria-current', 'page');

  // a figure in the prose that no longer matches the table: the jump goes to the text that states it
  await report.show('checks');
  await page
    .locator('.finding-group[data-group="overview"] [data-finding="N-NARRATIVE"]')
    .first()
    .getByRole('button')
    .first()
    .click();
  await expect(report.field('prose.overview.request')).toBeFocused();
  await report.show('requests');
  await report.cell('T3.newReceived.natural').click();

  // putting it right clears every mark
  await page.keyboard.type('129');
  await page.keyboard.press('Tab');
  await expect(report.cellBox('T3.newReceived.natural')).not.toHaveClass(/has-error/);
  await expect(report.sideState('requests')).not.toContainText('错误');
});

test('2026 started from 2025 carries 结转下年度 into 上年结转; a warning is acknowledged with a written explanation that survives a reload', async ({
  page,
  host,
}) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.newFromPrior(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await expect(page.locator('.report-title')).toContainText(`${MENGZHOU_ORGAN}2026`);

  await report.show('requests');
  // 2025 carried 5 applications forward (自然人), which 2026 starts with
  await expect(report.cell('T3.carriedOver.natural')).toHaveValue('5');
  await expect(report.cell('T3.carriedOver.total')).toHaveText('5');

  // a different figure is allowed (a withdrawn application) but warned about
  await report.typeInCell('T3.carriedOver.natural', '4');
  await page.keyboard.press('Tab');
  await expect(report.cellBox('T3.carriedOver.natural')).toHaveClass(/has-warning/);
  await expect(report.sideState('requests')).toContainText(/警告 \d+/);

  await report.show('checks');
  const warning = page.locator('[data-finding="X-CARRY"]').filter({ hasText: '自然人' });
  await expect(warning).toContainText('相差1');
  await warning.getByRole('button', { name: '确认无误并说明原因' }).click();
  const explanation = '经核实，上年结转的1件申请已于2026年1月由申请人撤回';
  await warning.getByRole('textbox').fill(explanation);
  await warning.getByRole('button', { name: '保存说明' }).click();
  await expect(warning.getByTestId('ack-text')).toContainText(explanation);
  await expect(warning.locator('.badge')).toHaveText('已说明');
  await report.waitSaved();

  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  const after = page.locator('[data-finding="X-CARRY"]').filter({ hasText: '自然人' });
  await expect(after.getByTestId('ack-text')).toContainText(explanation);
  await expect(after.locator('.badge')).toHaveText('已说明');
  const stored = storedReport(host.dbPath, MENGZHOU_ORGAN, 2026).report;
  expect(stored.acknowledgements).toEqual([expect.objectContaining({ ruleId: 'X-CARRY', explanation })]);
});
