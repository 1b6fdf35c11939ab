import { mkdirSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';

const DIR = 'tests/artifacts/screenshots';

test('screenshots at 1366×768: home, T3 with a finding, the checks page', async ({ page }) => {
  mkdirSync(DIR, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  const home = new HomePage(page);
  const report = new ReportPage(page);

  await home.importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await home.newFromPrior(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await home.goto();
  await expect(home.row(MENGZHOU_ORGAN, 2026)).toBeVisible();
  await page.screenshot({ path: `${DIR}/home.png` });

  await home.open(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await report.show('requests');
  await report.typeInCell('T3.newReceived.natural', '130');
  await page.keyboard.press('Tab');
  await report.cell('T3.newReceived.natural').focus();
  await expect(report.cellBox('T3.newReceived.natural').locator('.cell-msg')).toBeVisible();
  await page.screenshot({ path: `${DIR}/t3-finding.png` });

  await report.show('checks');
  await expect(page.locator('[data-finding="T3-BALANCE"]').first()).toBeVisible();
  await page.screenshot({ path: `${DIR}/checks.png` });
});

test('at 125% and 150% display scaling of a 1366×768 screen the side list and the T3 grid stay usable', async ({
  page,
}) => {
  mkdirSync(DIR, { recursive: true });
  const home = new HomePage(page);
  const report = new ReportPage(page);
  const result = await home.importFile(MENGZHOU_PATH);
  await result.getByRole('button', { name: '作为草稿打开编辑' }).click();
  for (const [scale, width, height] of [
    [125, 1093, 614],
    [150, 911, 512],
  ] as const) {
    await page.setViewportSize({ width, height });
    await report.show('requests');
    // the side list and the first value column are on screen; the page itself never scrolls sideways
    await expect(page.locator('.side-list')).toBeInViewport();
    await expect(report.cell('T3.newReceived.natural')).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `${DIR}/t3-${scale}.png` });
  }
});
