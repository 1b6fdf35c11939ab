/** Issue 11: in a browser tab an export is downloaded as well as saved; 再次下载 from the export log. */
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';

test('browser mode: a Word export is saved and handed to the browser as a download of the same bytes', async ({
  page,
  host,
}) => {
  test.skip(host.transport !== 'browser', 'Electron saves through its own dialog and offers 在文件夹中显示 instead');
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await home.open(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await report.show('checks');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  const download = await downloading;
  const outcome = page.getByTestId('export-outcome');
  const detail = page.getByTestId('export-detail');
  await expect(detail).toContainText('已交给浏览器下载');
  const savedPath = (await outcome.textContent())!.match(/：(\/.+?\.docx)（\d+ KB）/)![1]!;
  expect(download.suggestedFilename()).toBe(savedPath.split('/').pop());
  const downloaded = readFileSync((await download.path())!);
  expect(downloaded.equals(readFileSync(savedPath))).toBe(true);
  // no folder to show in a browser tab; the same file can be downloaded again
  const panel = page.locator('.export-outcome');
  await expect(panel.getByRole('button', { name: '在文件夹中显示' })).toHaveCount(0);
  const again = page.waitForEvent('download');
  await panel.getByRole('button', { name: '再次下载' }).click();
  expect(readFileSync((await (await again).path())!).equals(downloaded)).toBe(true);
});
