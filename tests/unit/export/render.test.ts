/**
 * Acceptance of the page layout as printed: the exported .docx rendered by LibreOffice (the office suite here that
 * reads Word's files; Word and WPS are not available) and the program's own PDF (Chromium), for the reference
 * report and for generated ones. Both must set 28 characters a line and 22 lines a page, the title on its lines,
 * no table row without its header, the page number 7 mm below the 版心, and come to the same number of pages.
 * A handful of conversions: LibreOffice converts all documents in one run, with its own profile and the test fonts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, type DocumentModel } from '../../../shared/document';
import { SECTIONS, TABLE_LAYOUTS, type TableLayout } from '../../../shared/format';
import type { Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { findBrowser } from '../../../electron/services/export/browser';
import { renderDocx } from '../../../electron/services/export/docx';
import { exportBytes } from '../../../electron/services/export/handlers';
import { closePdfPrinters, printPdf } from '../../../electron/services/export/pdf';
import { fixtureReport } from './fixture';
import { longReport, tableAtPageEndReport } from './generated-reports';
import {
  checkCharsPerLine,
  checkLinesPerPage,
  checkPageNumbers,
  checkTableBreaks,
  checkTitle,
  pdfTextLines,
} from './page-checks';
import { pdfPageCount } from './pdf-layout';

function findLibreOffice(): string | null {
  for (const p of ['/usr/bin/libreoffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'])
    if (existsSync(p)) return p;
  return null;
}
const libreoffice = findLibreOffice();
const browser = findBrowser();

const dir = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// the browser printPdf keeps warm for the next PDF
afterAll(() => closePdfPrinters());

const CASES: Array<{ name: string; report: () => Report }> = [
  { name: 'fixture', report: fixtureReport },
  { name: 'long', report: () => longReport() },
  { name: 'table-at-page-end', report: () => tableAtPageEndReport() },
];

interface Rendered {
  model: DocumentModel;
  docxPdf: string;
  ownPdf: string;
}
const rendered = new Map<string, Rendered>();

const headingOf = (t: TableLayout) => SECTIONS.find((s) => s.table === t.table)!.heading;
const layouts = Object.values(TABLE_LAYOUTS);

describe.skipIf(!libreoffice || !browser)('the printed pages, .docx in LibreOffice and the program’s PDF', () => {
  beforeAll(async () => {
    const docxFiles: string[] = [];
    for (const c of CASES) {
      const report = c.report();
      const findings = runRules(report, { final: true });
      const errors = findings.filter((f) => f.severity === 'error');
      if (errors.length) throw new Error(`${c.name} is not a clean final: ${errors.map((e) => e.id).join(', ')}`);
      const model = buildDocument(report, { findings, final: true });
      const docx = join(dir, `${c.name}.docx`);
      writeFileSync(docx, await renderDocx(model));
      docxFiles.push(docx);
      const ownPdf = join(dir, `${c.name}.pdf`);
      writeFileSync(ownPdf, await exportBytes('pdf', report, model, { printPdf: (html) => printPdf(html) }));
      rendered.set(c.name, { model, docxPdf: join(dir, 'lo', `${c.name}.pdf`), ownPdf });
    }
    const profile = join(dir, 'lo-profile');
    mkdirSync(profile);
    execFileSync(
      libreoffice!,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'lo'),
        ...docxFiles,
      ],
      {
        env: { ...process.env, FONTCONFIG_FILE: resolve('tests/fonts/fonts.conf') },
        stdio: 'ignore',
        timeout: 180_000,
      },
    );
  }, 240_000);

  for (const c of CASES) {
    for (const output of ['docxPdf', 'ownPdf'] as const) {
      const label = `${c.name}, ${output === 'docxPdf' ? '.docx in LibreOffice' : 'own PDF'}`;

      it(`${label}: 28 characters on every full line, 22 lines on every full page, the title on its lines`, () => {
        const r = rendered.get(c.name)!;
        const pages = pdfTextLines(r[output]);
        const chars = checkCharsPerLine(pages);
        expect(chars.problems).toEqual([]);
        expect(chars.checked).toBeGreaterThan(c.name === 'long' ? 60 : 10);
        const lines = checkLinesPerPage(pages);
        expect(lines.problems).toEqual([]);
        if (c.name === 'long') expect(lines.checked).toBeGreaterThan(1);
        expect(checkTitle(pages, r.model.titleLines)).toEqual([]);
      });

      it(`${label}: no table row without its header, 表二 whole with its heading`, () => {
        const pages = pdfTextLines(rendered.get(c.name)![output]);
        expect(checkTableBreaks(pages, layouts, headingOf)).toEqual([]);
      });

      it(`${label}: page numbers 7 mm below the 版心, one character in`, () => {
        const file = rendered.get(c.name)![output];
        expect(checkPageNumbers(file, pdfPageCount(file))).toEqual([]);
      });
    }

    it(`${c.name}: the .docx and the program’s PDF have the same number of pages`, () => {
      const r = rendered.get(c.name)!;
      expect(pdfPageCount(r.docxPdf)).toBe(pdfPageCount(r.ownPdf));
    });
  }

  it('the table-at-page-end report really puts 表二 at the end of page 1 but for its keeping', () => {
    // the heading 二 would fall on line 20 of 22: both outputs move it, with 表二, to page 2
    for (const output of ['docxPdf', 'ownPdf'] as const) {
      const pages = pdfTextLines(rendered.get('table-at-page-end')![output]);
      const page1 = pages[0]!.filter((l) => l.kind === 'body');
      expect(page1.length, output).toBe(16); // 一、总体情况, （一）主动公开 and 14 lines, after the title and a blank line
      expect(pages[1]![0]!.text, output).toBe(headingOf(TABLE_LAYOUTS.T2));
    }
  });

  it('the PDF says the program made it, not HeadlessChrome', () => {
    const info = execFileSync('pdfinfo', [rendered.get('fixture')!.ownPdf]).toString();
    expect(info).toMatch(/Creator:\s+政府信息公开年报助手/);
    expect(info).toMatch(/Producer:\s+政府信息公开年报助手/);
    expect(info).toMatch(/Title:\s+孟州市人民政府办公室2025年政府信息公开工作年度报告/);
    expect(info).not.toMatch(/Chrome|Skia/);
  });
});
