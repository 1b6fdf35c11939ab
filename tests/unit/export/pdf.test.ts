import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import {
  T2_BLOCKS,
  T3_COLUMNS,
  T3_ROWS,
  T4_GROUPS,
  T4_OUTCOMES,
  TABLE_LAYOUTS,
  SECTIONS,
  cellId,
} from '../../../shared/format';
import { buildDocument, renderHtml } from '../../../shared/document';
import { runRules } from '../../../shared/rules';
import { findBrowser, browserCandidates } from '../../../electron/services/export/browser';
import { closePdfPrinters, printPdf } from '../../../electron/services/export/pdf';
import { exportBytes } from '../../../electron/services/export/handlers';
import { fixtureCells, fixtureReport } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// the browser printPdf keeps warm for the next PDF
afterAll(() => closePdfPrinters());
const browser = findBrowser();

describe('PDF', () => {
  it.skipIf(!browser)('prints A4 pages whose text holds every label and every number in table order', async () => {
    const report = fixtureReport();
    const model = buildDocument(report, { findings: runRules(report, { final: true }), final: true });
    const pdf = await printPdf(renderHtml(model, { purpose: 'print' }));
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);

    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(4);

    const raw = execFileSync('pdftotext', ['-raw', file, '-']).toString();
    // page numbers are drawn in the margin, one per page, between em dashes
    expect(raw.match(/—\s*\d+\s*—/g)).toHaveLength(pages);
    const flat = raw.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');

    expect(flat).toContain('孟州市人民政府办公室2025年政府信息公开工作年度报告');
    for (const s of SECTIONS) expect(flat).toContain(s.heading);
    for (const layout of Object.values(TABLE_LAYOUTS)) {
      for (const row of [...layout.headerRows, ...layout.bodyRows]) {
        for (const cell of row) if (cell.type === 'text') expect(flat).toContain(cell.text.replace(/\s+/g, ''));
      }
    }
    const values = fixtureCells();
    for (const block of T2_BLOCKS) {
      for (const row of block.rows)
        expect(flat).toContain(row.label + block.columns.map((c) => values.get(cellId('T2', row.key, c.key))).join(''));
    }
    for (const row of T3_ROWS) {
      expect(flat, row.label).toContain(
        row.label + T3_COLUMNS.map((c) => values.get(cellId('T3', row.key, c.key))).join(''),
      );
    }
    expect(flat).toContain(
      T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => values.get(cellId('T4', g.key, o.key)))).join(''),
    );
  });

  it.skipIf(!browser)(
    'says the program made it (Creator, Producer), not HeadlessChrome, and keeps the title',
    async () => {
      const report = fixtureReport();
      const model = buildDocument(report, { findings: runRules(report, { final: false }), final: false });
      const file = join(dir, 'info.pdf');
      writeFileSync(file, await exportBytes('pdf', report, model, { printPdf: (html) => printPdf(html) }));
      const info = execFileSync('pdfinfo', [file]).toString();
      expect(info).toMatch(/Creator:\s+政府信息公开年报助手\n/);
      expect(info).toMatch(/Producer:\s+政府信息公开年报助手\n/);
      expect(info).toMatch(/Title:\s+孟州市人民政府办公室2025年政府信息公开工作年度报告（草稿）\n/);
      expect(info).not.toMatch(/HeadlessChrome|Skia/);
      // the incremental update leaves a readable file: every page still there
      expect(execFileSync('pdftotext', [file, '-']).toString()).toContain('六、其他需要报告的事项');
    },
  );

  it('without a browser fails with a Chinese message naming what to install', async () => {
    const error = await printPdf('<p>x</p>', { executablePath: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('UNSUPPORTED');
    expect((error as ApiError).message).toContain('未找到可用于生成 PDF 的浏览器');
    expect((error as ApiError).message).toContain('CHROMIUM_PATH');
  });

  it('explains in Chinese when the browser found cannot start', async () => {
    const error = await printPdf('<p>x</p>', { executablePath: '/bin/false' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/^无法启动浏览器（\/bin\/false）生成 PDF/);
  });

  it('looks for CHROMIUM_PATH first, then the usual places of each system', () => {
    expect(browserCandidates({ CHROMIUM_PATH: '/opt/x/chrome' }, 'linux')[0]).toBe('/opt/x/chrome');
    expect(browserCandidates({}, 'linux')).toContain('/usr/bin/chromium');
    expect(browserCandidates({}, 'linux')).toContain('/usr/bin/chromium-browser');
    expect(
      browserCandidates({ PROGRAMFILES: 'C:\\Program Files' }, 'win32').some((p) => p.endsWith('msedge.exe')),
    ).toBe(true);
    expect(browserCandidates({}, 'darwin')).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(findBrowser({ CHROMIUM_PATH: join(dir, 'missing') }, 'darwin')).toBeNull();
  });
});
