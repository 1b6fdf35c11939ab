/**
 * Print HTML (renderHtml's print view) to PDF with an installed Chromium-family browser, driven by
 * playwright-core. The page's own @page rules set A4, the margins and the page numbers.
 */
import { chromium } from 'playwright-core';
import { ApiError } from '../../../shared/api';
import { HANG_PUNCTUATION_SCRIPT } from './hang-punctuation';
import { BROWSER_NOT_FOUND_MESSAGE, CHROMIUM_LAUNCH_ARGS as LAUNCH_ARGS, findBrowser } from './browser';

export interface PrintPdfOptions {
  /** a browser executable; default: findBrowser() */
  executablePath?: string | null;
}

/**
 * Chromium refuses to run as root with its sandbox, and some Linux machines cannot start the sandbox at all.
 * The page is our own HTML with every request blocked, so the unsandboxed retry is a fair fallback.
 */
async function launch(executablePath: string) {
  const asRoot = process.getuid?.() === 0;
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: asRoot ? [...LAUNCH_ARGS, '--no-sandbox'] : [...LAUNCH_ARGS],
    });
  } catch (error) {
    if (asRoot) throw error;
    return chromium.launch({ executablePath, headless: true, args: [...LAUNCH_ARGS, '--no-sandbox'] });
  }
}

export async function printPdf(html: string, options: PrintPdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.executablePath === undefined ? findBrowser() : options.executablePath;
  if (!executablePath) throw new ApiError('UNSUPPORTED', BROWSER_NOT_FOUND_MESSAGE);
  let browser;
  try {
    browser = await launch(executablePath);
  } catch (error) {
    throw new ApiError(
      'UNSUPPORTED',
      `无法启动浏览器（${executablePath}）生成 PDF：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
  try {
    const page = await browser.newPage();
    // The document is self-contained: nothing to fetch, so no request may leave the page.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(HANG_PUNCTUATION_SCRIPT);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
