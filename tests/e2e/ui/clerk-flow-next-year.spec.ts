/** Issue 11: 2026 started from 2025 — the copied sentence still speaking of 2025 is pointed at; 现行有效 is suggested, accepted with one key. */
import { mkdirSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR, t2Rows } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';
import { storedReport } from '../pages/sqlite';

const DIR = 'tests/artifacts/screenshots';

test('the copied 2025 sentence gets X-STALE beside it; the suggested 现行有效 is shown at the cell and taken with one key', async ({
  page,
  host,
}) => {
  mkdirSync(DIR, { recursive: true });
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await home.newFromPrior(MENGZHOU_ORGAN, MENGZHOU_YEAR);

  // the sentence copied word for word: "2025 年，共受理政府信息公开申请 129 件…"
  await report.show('overview');
  await expect(report.field('prose.overview.request')).toHaveValue(/2025 年，共受理/);
  const beside = page
    .locator('.prose-part', { has: report.field('prose.overview.request') })
    .locator('.field-findings [data-finding="X-STALE"]');
  await expect(beside).toContainText('2025年（上年度）');
  await expect(beside).toContainText('2026年度');
  await report.show('checks');
  await expect(page.locator('.finding-group[data-group="overview"] [data-finding="X-STALE"]').first()).toBeVisible();

  // rewriting the year takes the warning away
  await report.show('overview');
  const text = await report.field('prose.overview.request').inputValue();
  await report.field('prose.overview.request').fill(text.replace('2025 年，共受理', '2026 年，共受理'));
  await expect(beside).toHaveCount(0);

  // 现行有效 = last year's 76 + 制发 − 废止: offered, not filled
  const [, repealed2025, inForce2025] = t2Rows()['行政规范性文件']!;
  await report.show('proactive');
  await report.typeInCell('T2.normativeDocs.issued', '2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  const expected = String(Number(inForce2025) + 2 - 3);
  const inForce = report.cell('T2.normativeDocs.inForce');
  await expect(inForce).toBeFocused();
  await expect(inForce).toHaveValue('');
  const offer = page.getByTestId('suggestion-T2.normativeDocs.inForce');
  await expect(offer).toContainText(`建议填写 ${expected}`);
  await expect(offer).toContainText(`上年度现行有效件数${inForce2025}＋本年制发件数2－本年废止件数3`);
  expect(repealed2025).toBeDefined();
  await page.screenshot({ path: `${DIR}/suggested-in-force.png` });
  await page.keyboard.press('=');
  await expect(inForce).toHaveValue(expected);
  await expect(offer).toHaveCount(0);
  await report.waitSaved();
  expect(storedReport(host.dbPath, MENGZHOU_ORGAN, 2026).report.tables.T2['normativeDocs']!['inForce']).toBe(expected);
  // one undo step takes it back
  await page.keyboard.press('Control+z');
  await expect(inForce).toHaveValue('');
  await expect(offer).toBeAttached();
});
