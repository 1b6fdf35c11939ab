/**
 * Print HTML (renderHtml's print view) to PDF with an installed Chromium-family browser, driven by
 * playwright-core. The page's own @page rules set A4, the margins and the page numbers.
 *
 * Launching and closing Chromium costs about as much as printing (~400 ms of a ~700 ms PDF on a 2-core
 * office PC), so the process that prints keeps one browser with one page ready (PdfPrinter) and prints
 * every PDF on that page, one at a time. It is started on the first PDF, closed after IDLE_CLOSE_MS
 * without one (a headless Chromium holds ~100 MB) and closed on exit by its owner: the loopback host's
 * close(), the CLI after its command. playwright-core itself (~200 ms to load) is loaded on the first PDF,
 * never by a process that does not print.
 */
import type { Browser, Page } from 'playwright-core';
import { ApiError } from '../../../shared/errors';
import { HANG_PUNCTUATION_SCRIPT } from './hang-punctuation';
import { BROWSER_NOT_FOUND_MESSAGE, CHROMIUM_LAUNCH_ARGS as LAUNCH_ARGS, findBrowser } from './browser';

export interface PrintPdfOptions {
  /** a browser executable; default: findBrowser() */
  executablePath?: string | null;
}

/** A warm browser costs memory, not time: after this long without a PDF it is closed (the next one starts it again). */
export const IDLE_CLOSE_MS = 5 * 60 * 1000;

export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  /** closes the browser if one is open; a later print starts a new one */
  close(): Promise<void>;
  /** how many times a browser was started (the tests check that a warm one is reused) */
  readonly launches: number;
}

/**
 * Chromium refuses to run as root with its sandbox, and some Linux machines cannot start the sandbox at all.
 * The page is our own HTML with every request blocked, so the unsandboxed retry is a fair fallback.
 */
async function launch(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
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

interface Ready {
  browser: Browser;
  page: Page;
}

export function createPdfPrinter(options: PrintPdfOptions & { idleCloseMs?: number } = {}): PdfPrinter {
  const idleCloseMs = options.idleCloseMs ?? IDLE_CLOSE_MS;
  let ready: Promise<Ready> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | null = null;
  let launches = 0;

  async function start(): Promise<Ready> {
    const executablePath = options.executablePath === undefined ? findBrowser() : options.executablePath;
    if (!executablePath) throw new ApiError('UNSUPPORTED', BROWSER_NOT_FOUND_MESSAGE);
    let browser: Browser;
    try {
      launches++;
      browser = await launch(executablePath);
    } catch (error) {
      throw new ApiError(
        'UNSUPPORTED',
        `无法启动浏览器（${executablePath}）生成 PDF：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
    const page = await browser.newPage();
    // The document is self-contained: nothing to fetch, so no request may leave the page.
    await page.route('**/*', (route) => route.abort());
    return { browser, page };
  }

  /** the warm browser, or a new one when there is none or it has gone (crashed, killed) */
  function warm(): Promise<Ready> {
    if (ready === null) {
      const starting = start();
      ready = starting;
      starting.then(
        ({ browser }) =>
          browser.on('disconnected', () => {
            if (ready === starting) ready = null;
          }),
        () => {
          if (ready === starting) ready = null;
        },
      );
    }
    return ready;
  }

  async function printOnce(html: string): Promise<Uint8Array> {
    const { page } = await warm();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(HANG_PUNCTUATION_SCRIPT);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  }

  async function close(): Promise<void> {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    const closing = ready;
    ready = null;
    if (!closing) return;
    try {
      await (await closing).browser.close();
    } catch {
      // it never started, or has already gone: nothing left to close
    }
  }

  return {
    print(html) {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      // one page, one document at a time: the prints wait in turn
      const printed = queue.then(() =>
        printOnce(html).catch(async (error: unknown) => {
          // a page or browser that failed mid-print is not reused: the next PDF starts a fresh one
          if (!(error instanceof ApiError)) await close();
          throw error;
        }),
      );
      queue = printed.catch(() => undefined);
      void queue.then(() => {
        if (idleTimer) clearTimeout(idleTimer);
        idleTimer = setTimeout(() => void close(), idleCloseMs);
        idleTimer.unref();
      });
      return printed;
    },
    close,
    get launches() {
      return launches;
    },
  };
}

/** one printer per browser executable in this process, shared by every printPdf call */
const printers = new Map<string | null, PdfPrinter>();

export async function printPdf(html: string, options: PrintPdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.executablePath === undefined ? findBrowser() : options.executablePath;
  let printer = printers.get(executablePath);
  if (!printer) {
    printer = createPdfPrinter({ executablePath });
    printers.set(executablePath, printer);
  }
  return printer.print(html);
}

/** Closes every browser printPdf kept warm in this process: the owner calls it before it exits. */
export async function closePdfPrinters(): Promise<void> {
  const open = [...printers.values()];
  printers.clear();
  await Promise.all(open.map((printer) => printer.close()));
}
