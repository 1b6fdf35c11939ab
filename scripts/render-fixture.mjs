// Renders the 孟州市 2025 fixture for looking at: the final .docx → PDF via LibreOffice (with tests/fonts/fonts.conf and
// a profile of its own), the program's own PDF via Chromium, every page of both → PNG, and each page pair side by side
// (.docx left, PDF right) in side-by-side-N.png. Output in tests/artifacts/render/ (ignored by git).
// Run: npx tsx scripts/render-fixture.mjs [--draft] [--fonts plain]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildDocument, renderHtml } from '../shared/document/index.ts';
import { renderDocx } from '../electron/services/export/docx.ts';
import { exportBytes } from '../electron/services/export/handlers.ts';
import { CHROMIUM_LAUNCH_ARGS, findBrowser } from '../electron/services/export/browser.ts';
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
writeFileSync(join(out, 'report.pdf'), await exportBytes('pdf', report, model, { printPdf: (h) => printPdf(h) }));

execFileSync(
  'libreoffice',
  [
    `-env:UserInstallation=${pathToFileURL(join(out, 'lo-profile')).href}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    join(out, 'lo'),
    join(out, 'report.docx'),
  ],
  { env: { ...process.env, FONTCONFIG_FILE: resolve('tests/fonts/fonts.conf') }, stdio: 'inherit' },
);
execFileSync('pdftoppm', ['-png', '-r', '70', join(out, 'lo', 'report.pdf'), join(out, 'docx-page')]);
execFileSync('pdftoppm', ['-png', '-r', '70', join(out, 'report.pdf'), join(out, 'pdf-page')]);

// Side by side: a page of two images (inline: the blank page may not load files), screenshot by the Chromium that prints.
const pageNumber = (f) => Number(/-(\d+)\.png$/.exec(f)[1]);
const pngs = (prefix) =>
  readdirSync(out)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.png'))
    .sort((a, b) => pageNumber(a) - pageNumber(b));
const docxPages = pngs('docx-page-');
const pdfPages = pngs('pdf-page-');
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: [...CHROMIUM_LAUNCH_ARGS, '--no-sandbox'],
});
try {
  const page = await browser.newPage({ viewport: { width: 2 * 579 + 48, height: 819 + 40 } });
  for (let i = 0; i < Math.max(docxPages.length, pdfPages.length); i++) {
    const cell = (file, label) =>
      `<figure><figcaption>${label}</figcaption>${file ? `<img src="data:image/png;base64,${readFileSync(join(out, file)).toString('base64')}">` : '<p>（无此页）</p>'}</figure>`;
    await page.setContent(
      `<style>body{margin:8px;display:flex;gap:16px;font:14px sans-serif}figure{margin:0}img{border:1px solid #888;display:block}</style>` +
        cell(docxPages[i], `.docx（LibreOffice）第 ${i + 1} 页`) +
        cell(pdfPages[i], `PDF（本程序）第 ${i + 1} 页`),
      { waitUntil: 'load' },
    );
    await page.screenshot({ path: join(out, `side-by-side-${i + 1}.png`), fullPage: true });
  }
} finally {
  await browser.close();
}

console.log(`written to ${out}: side-by-side-N.png (.docx in LibreOffice left, the program's PDF right),`);
console.log('docx-page-N.png, pdf-page-N.png, report.docx, report.pdf, lo/report.pdf');
console.log(`pages: .docx ${docxPages.length}, PDF ${pdfPages.length}`);
