// Renders the 孟州市 2025 fixture for looking at: .docx → PDF via LibreOffice (with tests/fonts/fonts.conf),
// HTML → PDF via Chromium, both PDFs → PNG pages. Output in tests/artifacts/render/ (ignored by git).
// Run: npx tsx scripts/render-fixture.mjs [--draft] [--fonts plain]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { join, resolve } from 'node:path';
import { buildDocument, renderHtml } from '../shared/document/index.ts';
import { renderDocx } from '../electron/services/export/docx.ts';
import { printPdf } from '../electron/services/export/pdf.ts';
import { runRules } from '../shared/rules/index.ts';
import { setCell } from '../shared/report/index.ts';
import { fixtureReport } from '../tests/unit/export/fixture.ts';

const args = process.argv.slice(2);
const draft = args.includes('--draft');
const fontProfile = args.includes('--fonts') ? args[args.indexOf('--fonts') + 1] : 'gb2312';
const out = resolve('tests/artifacts/render');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// --draft: blank one cell and unbalance another so the draft mark and the open-errors page show.
let report = fixtureReport();
if (draft) report = setCell(setCell(report, 'T3.newReceived.natural', '130'), 'T4.reconsideration.upheld', null);
const final = !draft;
const findings = runRules(report, { final });
const model = buildDocument(report, { findings, final, fontProfile });

writeFileSync(join(out, 'report.docx'), await renderDocx(model));
const html = renderHtml(model, { purpose: 'print' });
writeFileSync(join(out, 'report.html'), html);
writeFileSync(join(out, 'report-web.html'), renderHtml(model, { purpose: 'web' }));
writeFileSync(join(out, 'report-chromium.pdf'), await printPdf(html));

// LibreOffice cannot draw Word's condensed character grid (linesAndChars with a negative charSpace: it gives
// each 16 pt character two 15.8 pt cells, 14 a line). Besides the file as it is, render a copy whose grid is
// lines only, to look at everything else (title, headings, tables, page numbers) as Word would place it.
const docx = await JSZip.loadAsync(readFileSync(join(out, 'report.docx')));
const xml = await docx.file('word/document.xml').async('string');
docx.file('word/document.xml', xml.replace('w:type="linesAndChars"', 'w:type="lines"'));
writeFileSync(join(out, 'report-lines-grid.docx'), await docx.generateAsync({ type: 'uint8array' }));

const profile = join(out, 'lo-profile');
execFileSync(
  'libreoffice',
  [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    join(out, 'lo'),
    join(out, 'report.docx'),
    join(out, 'report-lines-grid.docx'),
  ],
  {
    env: { ...process.env, FONTCONFIG_FILE: resolve('tests/fonts/fonts.conf') },
    stdio: 'inherit',
  },
);
execFileSync('pdftoppm', ['-png', '-r', '70', join(out, 'lo', 'report.pdf'), join(out, 'docx-page')]);
execFileSync('pdftoppm', [
  '-png',
  '-r',
  '70',
  join(out, 'lo', 'report-lines-grid.pdf'),
  join(out, 'docx-lines-grid-page'),
]);
execFileSync('pdftoppm', ['-png', '-r', '70', join(out, 'report-chromium.pdf'), join(out, 'html-page')]);
console.log(`written to ${out}:`);
console.log('docx-page-*: the .docx as it is (LibreOffice spreads characters over its condensed grid, Word does not);');
console.log(
  'docx-lines-grid-page-*: the same with a line-only grid, for everything else; html-page-*: the PDF export.',
);
console.log(execFileSync('ls', [out]).toString());
console.log(execFileSync('pdfinfo', [join(out, 'lo', 'report.pdf')]).toString());
