/**
 * 打印 in browser mode prints the document, never the app: the report's print HTML goes into a hidden frame
 * and that frame's window prints. Observed with the browser's own print events (beforeprint fires on the
 * window that prints), not with a stub of window.print.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_PATH } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';

const DIR = 'tests/artifacts/screenshots';

declare global {
  interface Window {
    /** which windows the browser began printing, in order: 'app' or 'document' */
    printed?: string[];
  }
}

test.beforeEach(async ({ page, host }) => {
  test.skip(host.transport === 'electron', 'the Electron app prints through the main process (export.print)');
  const home = new HomePage(page);
  const result = await home.importFile(MENGZHOU_PATH);
  await result.getByRole('button', { name: '作为草稿打开编辑' }).click();
  await expect(page.locator('.report-view')).toBeVisible();
  // Listen on the app's window, and on the print frame's window as soon as the frame is in the page (a srcdoc
  // frame keeps its first, same-origin window, so a listener added then hears the frame's print).
  await page.evaluate(() => {
    window.printed = [];
    window.addEventListener('beforeprint', () => window.printed!.push('app'));
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof HTMLIFrameElement && n.id === 'print-frame')
            n.contentWindow!.addEventListener('beforeprint', () => window.printed!.push('document'));
    }).observe(document.body, { childList: true });
  });
});

test('打印 prints the report from its own frame with its own print style sheet, not the app', async ({ page }) => {
  const report = new ReportPage(page);
  await report.show('checks');
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await expect(page.getByText('已发送到打印')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.printed)).toEqual(['document']);

  const frame = page.frameLocator('#print-frame');
  await expect(frame.locator('h1.title')).toHaveText('孟州市人民政府办公室2025年政府信息公开工作年度报告');
  // the organ's words, with the run-in heading kept in its paragraph
  await expect(frame.locator('p', { hasText: '（一）主动公开：' }).first()).toContainText(
    '2025 年，孟州市人民政府办公室认真贯彻落实',
  );
  await expect(frame.locator('p', { hasText: '未收取信息处理费' })).toHaveText(
    '2025 年，孟州市人民政府办公室未收取信息处理费。',
  );
  await expect(frame.locator('table')).toHaveCount(3);
  // nothing of the app is in what is printed
  await expect(frame.locator('.side-list, .report-head, button')).toHaveCount(0);
  const printCss = await page.evaluate(() => {
    const doc = (document.getElementById('print-frame') as HTMLIFrameElement).contentDocument!;
    return doc.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
  });
  expect(printCss).toMatch(/@page/);
  expect(printCss).toMatch(/@page \{ size: a4; margin: 37mm 26mm 35mm 28mm; \}/i);
  expect(printCss).toMatch(/@bottom-right \{ content: "— " counter\(page\) " —"/);

  // What the printer gets, looked at: the frame's document under print media, on an A4-wide page.
  const html = await page.evaluate(() => {
    const doc = (document.getElementById('print-frame') as HTMLIFrameElement).contentDocument!;
    return doc.documentElement.outerHTML;
  });
  const view = await page.context().newPage();
  await view.setViewportSize({ width: 794, height: 1123 });
  await view.setContent(html);
  await view.addStyleTag({ content: printCss });
  await view.emulateMedia({ media: 'print' });
  mkdirSync(DIR, { recursive: true });
  await view.screenshot({ path: `${DIR}/print-frame.png` });
  await expect(view.locator('h1.title')).toBeVisible();
  await view.close();
});

test('Ctrl+P while a report is open prints the report too, not the app', async ({ page }) => {
  const report = new ReportPage(page);
  await report.show('overview');
  await page.keyboard.press('Control+p');
  await expect.poll(() => page.evaluate(() => window.printed)).toEqual(['document']);
  await expect(page.frameLocator('#print-frame').locator('h1.title')).toContainText('孟州市人民政府办公室');
});
