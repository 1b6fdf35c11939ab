/**
 * Issue 11: every place that shows a finding reads the live result (three edits of one cell, checked
 * everywhere); a new report shows 未填写 and no errors; a warning is acknowledged beside its field; the
 * table headings and row labels stay in view.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';
import { storedReport } from '../pages/sqlite';

const DIR = 'tests/artifacts/screenshots';
const CELL = 'T3.newReceived.natural';

test('typing 130, 132, then a, every list, cell and counter says what holds now, not what held at the first keystroke', async ({
  page,
}) => {
  mkdirSync(DIR, { recursive: true });
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await home.open(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await report.show('requests');

  const sectionList = page.locator('.table-section .section-findings');
  const cellMessage = report.cellBox(CELL).locator('.cell-msg');
  const balance = page.locator('[data-balance-column="natural"]');

  // the published figure is 129; each edit replaces the whole cell
  for (const [typed, off] of [
    ['130', '1'],
    ['132', '3'],
    ['128', '1'],
  ] as const) {
    await report.typeInCell(CELL, typed);
    await page.keyboard.press('Tab');
    const balanceFinding = sectionList.locator('[data-finding="T3-BALANCE"]').filter({ hasText: '“自然人”列' });
    await expect(balanceFinding).toHaveCount(1);
    await expect(balanceFinding).toContainText(`相差${off}`);
    await expect(cellMessage).toContainText(`相差${off}`);
    await expect(balance).toHaveText(`相差 ${off}`);
    // the figure in section 一 (129) is checked against the new total, in section 一's list and under its text
    await expect(report.sideState('overview')).toContainText('警告');
  }
  // no stale message from an earlier keystroke anywhere in the section
  await expect(sectionList).not.toContainText('相差3');
  await page.screenshot({ path: `${DIR}/findings-after-three-edits.png` });

  // bad input: the message follows what the cell holds now
  await report.typeInCell(CELL, 'a');
  await page.keyboard.press('Tab');
  await expect(sectionList.locator('[data-finding="CELL-DOMAIN"]')).toContainText('只能填写数字');
  await report.typeInCell(CELL, '-5');
  await page.keyboard.press('Tab');
  await expect(sectionList.locator('[data-finding="CELL-DOMAIN"]')).toContainText('不能为负数');
  await expect(sectionList.locator('[data-finding="CELL-DOMAIN"]')).not.toContainText('只能填写数字');
  await expect(cellMessage).not.toContainText('只能填写数字');

  // the checks page and the overview's own list agree with the section list
  await report.typeInCell(CELL, '132');
  await page.keyboard.press('Tab');
  await report.show('checks');
  const checks = page.locator('.finding-group[data-group="requests"] [data-finding="T3-BALANCE"]').first();
  await expect(checks).toContainText('相差3');
  await report.show('overview');
  const narrative = page.locator('.field-findings [data-finding="N-NARRATIVE"]').first();
  await expect(narrative).toContainText('132');
  await report.show('requests');
  await report.typeInCell(CELL, '129');
  await page.keyboard.press('Tab');
  await expect(sectionList).toHaveCount(0);
  await report.show('overview');
  await expect(page.locator('.field-findings')).toHaveCount(0);
});

test('a brand-new report shows 未填写, no red errors; a final export names what is missing', async ({ page }) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: '某县民政局', kind: '政府部门', year: 2026 });
  for (const pane of ['overview', 'proactive', 'requests', 'review', 'problems', 'other'] as const)
    await expect(report.sideState(pane)).toHaveText('未填写');
  await expect(report.sideState('checks')).toHaveText('无问题');
  await report.show('checks');
  await expect(page.locator('.findings .finding.error')).toHaveCount(0);
  await expect(page.getByText(/正式版本（尚有 \d+ 个错误/)).toBeVisible();
  await page.getByLabel(/正式版本/).check();
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByTestId('export-outcome')).toContainText('导出失败');
  await home.goto();
  await expect(home.row('某县民政局', 2026)).not.toContainText('错误');
});

test('a warning is acknowledged beside its cell, the cell highlighted; table headings and labels stay in view', async ({
  page,
  host,
}) => {
  mkdirSync(DIR, { recursive: true });
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await home.newFromPrior(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await report.show('requests');
  const cell = 'T3.carriedOver.natural';
  await report.typeInCell(cell, '4');
  await page.keyboard.press('Tab');
  await report.cell(cell).focus();
  const callout = report.cellBox(cell).locator('.cell-msg');
  await expect(callout).toContainText('相差1');
  await callout.getByRole('button', { name: '确认无误并说明原因' }).click();
  await expect(report.cellBox(cell)).toHaveClass(/finding-focus/);
  const explanation = '经核实，上年结转的1件申请已由申请人撤回';
  await callout.getByRole('textbox').fill(explanation);
  await page.screenshot({ path: `${DIR}/acknowledge-in-place.png` });
  // 保存说明 and 取消 sit side by side
  const save = callout.getByRole('button', { name: '保存说明' });
  const cancel = callout.getByRole('button', { name: '取消' });
  const [a, b] = [await save.boundingBox(), await cancel.boundingBox()];
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(4);
  await save.click();
  await expect(report.cellBox(cell)).not.toHaveClass(/finding-focus/);
  await expect(report.cellBox(cell)).not.toHaveClass(/has-warning/);
  await expect(page.locator('.section-findings [data-finding="X-CARRY"] .badge').first()).toHaveText('已说明');
  await report.waitSaved();
  const stored = storedReport(host.dbPath, MENGZHOU_ORGAN, 2026).report;
  expect(stored.acknowledgements).toEqual([expect.objectContaining({ ruleId: 'X-CARRY', explanation })]);

  // sticky headings: scroll to row （七） and both heading rows are still at the top of the table's scroller
  const seventh = report.cell('T3.resultTotal.natural');
  await seventh.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(seventh).toBeInViewport();
  const scroller = page.locator('.table-scroll');
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  const box = (await scroller.boundingBox())!;
  for (const heading of ['申请人情况', '自然人', '商业企业']) {
    const h = (await page.locator('.table-T3 thead th', { hasText: heading }).first().boundingBox())!;
    expect(h.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(h.y).toBeLessThan(box.y + 90);
  }
  await page.screenshot({ path: `${DIR}/t3-sticky-headers.png` });
});
