import { seedReports } from '../../bench/seed-reports';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';

const ORGANS = 40;
const YEARS = 10;
const FIRST_YEAR = 2016;
const organName = (n: number) => `第${n}号机关`;

test('with 400 stored reports the home list mounts only the cards near the screen, yet every report is reached by scrolling, by the filter and by the keyboard', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  // written through the store from this process, as the CLI would, while the app is open
  await seedReports(host.dataDir, { organs: ORGANS, years: YEARS, firstYear: FIRST_YEAR });
  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  const home = new HomePage(page);
  const rows = page.locator('tr[data-report-year]');

  await expect(page.getByRole('status').filter({ hasText: '共 40 个机关、400 份报告' })).toBeVisible();
  const cards = page.locator('section.organ');
  // the organs in the store's order (by name: 第10号 comes before 第1号…)
  const firstOrgan = (await cards.first().getAttribute('aria-label'))!;
  await expect(home.row(firstOrgan, FIRST_YEAR + YEARS - 1)).toBeVisible();
  const mounted = await rows.count();
  expect(mounted).toBeGreaterThan(0);
  expect(mounted).toBeLessThan((ORGANS * YEARS) / 4);
  await page.screenshot({ path: testInfo.outputPath('home-400-top.png') });

  // the page is as long as all 40 cards: the last one is at the bottom, and opens
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(home.row(firstOrgan, FIRST_YEAR)).toHaveCount(0);
  const lastOrgan = (await cards.last().getAttribute('aria-label'))!;
  expect(lastOrgan).not.toBe(firstOrgan);
  await expect(home.row(lastOrgan, FIRST_YEAR)).toBeVisible();
  expect(await rows.count()).toBeLessThan((ORGANS * YEARS) / 4);
  const lastCard = await page.getByRole('region', { name: lastOrgan }).boundingBox();
  // the spacers add up: scrolled to the end, the last card ends at the bottom of the screen, not above a gap
  const gapBelow = (await page.evaluate(() => window.innerHeight)) - (lastCard!.y + lastCard!.height);
  expect(gapBelow).toBeGreaterThanOrEqual(0);
  expect(gapBelow).toBeLessThan(100);
  await page.screenshot({ path: testInfo.outputPath('home-400-bottom.png') });

  // a card keeps the keyboard focus when it scrolls out of view
  const open = home.row(lastOrgan, FIRST_YEAR).getByRole('button', { name: '打开' });
  await open.focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(home.row(firstOrgan, FIRST_YEAR + YEARS - 1)).toBeVisible();
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.report-view')).toBeVisible();
  await expect(page.locator('.report-view')).toContainText(`${lastOrgan}${FIRST_YEAR}年`);
  await home.goto();

  // the filter reaches reports never mounted: by organ, and by year across all organs
  const filter = page.getByRole('searchbox', { name: '筛选报告' });
  await filter.fill(organName(27));
  await expect(page.getByRole('status').filter({ hasText: '找到 1 个机关、10 份报告' })).toBeVisible();
  await expect(rows).toHaveCount(YEARS);
  await filter.fill('２０１８年');
  await expect(page.getByRole('status').filter({ hasText: '找到 40 个机关、40 份报告' })).toBeVisible();
  await expect(home.row(firstOrgan, 2018)).toBeVisible();
  await expect(rows.locator('xpath=self::*[not(@data-report-year="2018")]')).toHaveCount(0);
  await filter.fill('没有这个机关');
  await expect(page.getByText('没有符合条件的报告，请换一个机关名称或年度。')).toBeVisible();
});
