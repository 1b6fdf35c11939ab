/**
 * 打印: the document, never the app. In Electron the main process prints the document's own HTML in a
 * hidden window (export.print). In browser mode that channel answers UNSUPPORTED, and the document view is
 * printed from a hidden frame holding the same print HTML with its own print style sheet (A4 pages, page
 * numbers, 草稿 mark): the frame's print() prints the frame's document only, not the page around it.
 */
import { buildDocument, renderHtml } from '../../shared/document';
import type { Report } from '../../shared/report';
import { runRules } from '../../shared/rules';
import { ApiFailure, call } from '../api';
import { adoptStyles, splitStyles } from './frame-html';

export const PRINT_FRAME_ID = 'print-frame';

/** What the Electron print path prints too: final when nothing is wrong, else marked 草稿 with the open errors. */
export function documentPrintHtml(report: Report, prior: Report | null): string {
  const findings = runRules(report, { prior, final: true });
  return renderHtml(buildDocument(report, { findings, final: true }), { purpose: 'print' });
}

/**
 * Prints HTML from a hidden frame of this page. The frame stays in the page (hidden) until the next print,
 * so that the browser can finish with it; sandboxed without scripts, allow-modals lets the page call its print().
 */
export async function printInFrame(html: string): Promise<void> {
  document.getElementById(PRINT_FRAME_ID)?.remove();
  const { body, css } = splitStyles(html);
  const frame = document.createElement('iframe');
  frame.id = PRINT_FRAME_ID;
  frame.className = 'print-frame';
  frame.title = '打印用的报告';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = body;
  document.body.append(frame);
  await loaded;
  if (!adoptStyles(frame, css)) throw new Error('打印页面未能载入');
  // the fonts of the print style sheet, so the first page is not printed in a fallback font
  await frame.contentDocument!.fonts.ready;
  frame.contentWindow!.print();
}

let inFlight: Promise<void> | null = null;

/**
 * Saves, then prints the open report. One print at a time: Ctrl+P and the menu's 打印 arriving together
 * (Electron delivers both) open one dialog, not two.
 */
export function printReport(args: {
  reportId: number;
  flush: () => Promise<void>;
  current: () => { report: Report; prior: Report | null };
}): Promise<void> {
  inFlight ??= (async () => {
    await args.flush();
    try {
      await call('export.print', { reportId: args.reportId });
    } catch (error) {
      if (!(error instanceof ApiFailure) || error.code !== 'UNSUPPORTED') throw error;
      const { report, prior } = args.current();
      await printInFrame(documentPrintHtml(report, prior));
    }
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
}
