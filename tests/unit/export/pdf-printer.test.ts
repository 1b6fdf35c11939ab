/**
 * The PDF printer keeps one browser warm: a second PDF reuses it (no second launch), a closed printer
 * leaves no browser process behind, and one left idle closes itself. The browser processes are read
 * from the system (children of this test process), not from the printer's own account.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocument, renderHtml } from '../../../shared/document';
import { runRules } from '../../../shared/rules';
import { findBrowser } from '../../../electron/services/export/browser';
import { createPdfPrinter } from '../../../electron/services/export/pdf';
import { fixtureReport } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-printer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const browser = findBrowser();

/** browser processes started by this process (the printer's Chromium is a direct child) */
function childBrowsers(): number {
  const out = execFileSync('ps', ['--ppid', String(process.pid), '-o', 'comm=']).toString();
  return out.split('\n').filter((name) => /chrom|edge/i.test(name)).length;
}

function pdfText(bytes: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-']).toString();
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return condition();
}

describe.skipIf(!browser)('PDF printer kept warm', () => {
  it('prints two different documents with one browser launch, then closes it', async () => {
    const printer = createPdfPrinter();
    const report = fixtureReport();
    const model = buildDocument(report, { findings: runRules(report, { final: false }), final: false });
    const first = await printer.print(renderHtml(model, { purpose: 'print' }));
    expect(childBrowsers()).toBe(1);
    const second = await printer.print('<!doctype html><meta charset="utf-8"><p>第二份文件</p>');
    expect(printer.launches).toBe(1);
    expect(childBrowsers()).toBe(1);
    // the warm page holds the new document only: nothing of the first one is left in the second PDF
    expect(pdfText(first, 'first.pdf')).toContain('孟州市人民政府办公室');
    const secondText = pdfText(second, 'second.pdf');
    expect(secondText).toContain('第二份文件');
    expect(secondText).not.toContain('孟州市');

    await printer.close();
    expect(await waitFor(() => childBrowsers() === 0, 5000)).toBe(true);
    // a print after close starts a new browser
    await printer.print('<p>again</p>');
    expect(printer.launches).toBe(2);
    await printer.close();
    expect(await waitFor(() => childBrowsers() === 0, 5000)).toBe(true);
  });

  it('prints documents asked for at the same time one after another on the one page', async () => {
    const printer = createPdfPrinter();
    try {
      const pages = await Promise.all(
        ['甲', '乙', '丙'].map((word) => printer.print(`<!doctype html><meta charset="utf-8"><p>文件${word}</p>`)),
      );
      expect(printer.launches).toBe(1);
      expect(pages.map((bytes, i) => pdfText(bytes, `same-time-${i}.pdf`).trim())).toEqual([
        '文件甲',
        '文件乙',
        '文件丙',
      ]);
    } finally {
      await printer.close();
    }
  });

  it('closes the browser by itself after a while without a PDF', async () => {
    const printer = createPdfPrinter({ idleCloseMs: 200 });
    await printer.print('<p>x</p>');
    expect(childBrowsers()).toBe(1);
    expect(await waitFor(() => childBrowsers() === 0, 5000)).toBe(true);
    await printer.print('<p>y</p>');
    expect(printer.launches).toBe(2);
    await printer.close();
  });
});
