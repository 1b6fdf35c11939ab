/**
 * The PDF of the reference report, three ways in the same run: in process (exportBytes with the warm
 * PdfPrinter, as the host and the CLI print), LibreOffice converting the .docx we export, and a cold
 * `chromium --headless --print-to-pdf` of the same print HTML. Also the files' sizes and how their fonts
 * are embedded (pdffonts: Type 3 glyph procedures or real font programs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildDocument } from '../../shared/document';
import { runRules } from '../../shared/rules';
import { CHROMIUM_LAUNCH_ARGS, findBrowser } from '../../electron/services/export/browser';
import { renderDocx } from '../../electron/services/export/docx';
import { exportBytes } from '../../electron/services/export/handlers';
import { renderPrintHtml } from '../../electron/services/export/html-file';
import { createPdfPrinter } from '../../electron/services/export/pdf';
import { mengzhou } from '../unit/rules/fixture';
import { median, PROJECT_ROOT } from './browser';
import type { Bench, BenchResult } from './types';

const WARM_PRINTS = 5;
const PEER_RUNS = 3;
/** the target: at least three times faster than LibreOffice converting our .docx, in the same run */
export const PDF_VS_LIBREOFFICE = 3;

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function fontSummary(file: string): { type3: number; embedded: number } {
  const lines = execFileSync('pdffonts', [file]).toString().split('\n').slice(2).filter(Boolean);
  return {
    type3: lines.filter((l) => /\bType 3\b/.test(l)).length,
    embedded: lines.filter((l) => !/\bType 3\b/.test(l)).length,
  };
}

export const pdfBench: Bench = {
  title: 'PDF of the reference report (in process vs LibreOffice vs cold Chromium)',
  async run(): Promise<BenchResult[]> {
    const browser = findBrowser();
    if (!browser) throw new Error('no Chromium found (set CHROMIUM_PATH)');
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-pdf-'));
    const printer = createPdfPrinter();
    try {
      const report = mengzhou();
      const model = buildDocument(report, { findings: runRules(report, { final: false }), final: false });
      const html = renderPrintHtml(model);
      const htmlFile = join(dir, 'report.html');
      writeFileSync(htmlFile, html);
      const docxFile = join(dir, 'report.docx');
      writeFileSync(docxFile, await renderDocx(model));

      const print = () => exportBytes('pdf', report, model, { printPdf: (h) => printer.print(h) });
      let start = performance.now();
      const ours = await print();
      const first = performance.now() - start;
      const warm: number[] = [];
      for (let i = 0; i < WARM_PRINTS; i++) {
        start = performance.now();
        await print();
        warm.push(performance.now() - start);
      }
      const oursFile = join(dir, 'ours.pdf');
      writeFileSync(oursFile, ours);

      // LibreOffice with its own profile (the first run creates it, not timed) and the test fonts' mapping
      const profile = `file://${join(dir, 'lo-profile')}`;
      const loOut = join(dir, 'lo');
      const libreOffice = () => {
        const r = spawnSync(
          'soffice',
          [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', loOut, docxFile],
          { env: { ...process.env, FONTCONFIG_FILE: join(PROJECT_ROOT, 'tests', 'fonts', 'fonts.conf') } },
        );
        if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr?.toString()}`);
      };
      libreOffice();
      const lo = Array.from({ length: PEER_RUNS }, () => timed(libreOffice));
      const loFile = join(loOut, 'report.pdf');

      const coldFile = join(dir, 'cold.pdf');
      const coldChromium = () => {
        const r = spawnSync(browser, [
          '--headless',
          '--no-sandbox',
          ...CHROMIUM_LAUNCH_ARGS,
          `--user-data-dir=${join(dir, 'chromium-profile')}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${coldFile}`,
          pathToFileURL(htmlFile).href,
        ]);
        if (r.status !== 0) throw new Error(`chromium --print-to-pdf failed: ${r.stderr?.toString().slice(0, 300)}`);
      };
      const cold = Array.from({ length: PEER_RUNS }, () => timed(coldChromium));

      const loMedian = median(lo);
      const oursFonts = fontSummary(oursFile);
      const loFonts = fontSummary(loFile);
      const kb = (file: string) => statSync(file).size / 1024;
      return [
        {
          name: `PDF in process, browser warm (median of ${WARM_PRINTS})`,
          measured: median(warm),
          target: loMedian / PDF_VS_LIBREOFFICE,
          targetText: `≤ LibreOffice ÷ ${PDF_VS_LIBREOFFICE}`,
          unit: 'ms',
          peer: { name: 'LibreOffice', measured: loMedian },
        },
        {
          name: '  first PDF in process (browser started)',
          measured: first,
          target: null,
          unit: 'ms',
          peer: { name: 'cold chromium --print-to-pdf', measured: median(cold) },
        },
        { name: `  LibreOffice .docx → PDF (median of ${PEER_RUNS})`, measured: loMedian, target: null, unit: 'ms' },
        {
          name: `  cold chromium --print-to-pdf (median of ${PEER_RUNS})`,
          measured: median(cold),
          target: null,
          unit: 'ms',
        },
        {
          name: '  PDF size, ours',
          measured: kb(oursFile),
          target: null,
          unit: 'KB',
          peer: { name: 'LibreOffice', measured: kb(loFile) },
        },
        { name: '  PDF size, LibreOffice', measured: kb(loFile), target: null, unit: 'KB' },
        { name: '  fonts as Type 3 glyph procedures, ours', measured: oursFonts.type3, target: null, unit: '' },
        { name: '  fonts as embedded font programs, ours', measured: oursFonts.embedded, target: null, unit: '' },
        { name: '  fonts as Type 3 glyph procedures, LibreOffice', measured: loFonts.type3, target: null, unit: '' },
        { name: '  fonts as embedded font programs, LibreOffice', measured: loFonts.embedded, target: null, unit: '' },
      ];
    } finally {
      await printer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
