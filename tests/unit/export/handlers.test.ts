import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTRACT, dispatch, type ExportKind, type Handlers } from '../../../shared/api';
import { parseReportFile } from '../../../shared/report-file';
import { setCell, type Report } from '../../../shared/report';
import { openStore } from '../../../electron/services/store';
import type { Store } from '../../../electron/services/store/types';
import { createExportHandlers, type ExportDeps } from '../../../electron/services/export/handlers';
import { findBrowser } from '../../../electron/services/export/browser';
import { printPdf } from '../../../electron/services/export/pdf';
import { fixtureReport } from './fixture';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (label: string) => {
  const d = mkdtempSync(join(tmpdir(), `nianbao-export-${label}-`));
  dirs.push(d);
  return d;
};

async function setup(report: Report, deps: Partial<ExportDeps> = {}) {
  const store = openStore({ dir: temp('data') });
  stores.push(store);
  const record = await store.importReport(report, 'draft', false);
  const out = temp('out');
  const asked: Array<[ExportKind, string]> = [];
  const handlers = createExportHandlers({
    store,
    choosePath: async (kind, name) => {
      asked.push([kind, name]);
      return join(out, name);
    },
    printPdf: (html) => printPdf(html),
    appVersion: '9.9.9',
    ...deps,
  });
  const call = (channel: 'export.file' | 'export.print', args: unknown) =>
    dispatch(handlers as unknown as Handlers, channel, args);
  return { store, record, out, asked, call };
}

describe('export.file', () => {
  it('writes a final .docx, hashes it and logs it; the report stays a draft until marked 定稿', async () => {
    const { store, record, out, asked, call } = await setup(fixtureReport());
    const result = await call('export.file', { reportId: record.id, kind: 'docx', final: true });
    expect(result.ok).toBe(true);
    const value = CONTRACT['export.file'].result.parse((result as { value: unknown }).value);
    expect(asked).toEqual([['docx', '孟州市人民政府办公室2025年政府信息公开工作年度报告.docx']]);
    expect(value.path).toBe(join(out, asked[0]![1]));
    const bytes = readFileSync(value.path);
    expect(value.bytes).toBe(bytes.length);
    expect(value.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(value.final).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('孟州市人民政府办公室');
    const log = await store.listExports(record.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      kind: 'docx',
      final: true,
      path: value.path,
      sha256: value.sha256,
      revisionId: record.revisionId,
    });
    expect((await store.openReport(record.id)).status).toBe('draft');
  });

  it('refuses a final export while errors are open, naming their count, and writes nothing', async () => {
    const broken = setCell(fixtureReport(), 'T3.newReceived.natural', '130');
    const { store, record, out, asked, call } = await setup(broken);
    const result = await call('export.file', { reportId: record.id, kind: 'docx', final: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'HAS_ERRORS' } });
    const message = (result as { error: { message: string } }).error.message;
    expect(message).toMatch(/报告还有\d+项错误，不能正式导出/);
    expect(asked).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
    expect(await store.listExports(record.id)).toEqual([]);
    expect((await store.openReport(record.id)).status).toBe('draft');
  });

  it('refuses a final export with a placeholder, a half-filled fee or a title without organ and year, saying which', async () => {
    const base = fixtureReport();
    const cases: Array<[Report, string, RegExp]> = [
      [
        { ...base, prose: { ...base.prose, other: { ...base.prose.other, lead: '本年度共收取信息处理费____元。' } } },
        'PLACEHOLDER',
        /留有占位符“____”/,
      ],
      [
        { ...base, fee: { notices: null, noticeAmount: '150', collected: '100' } },
        'FEE-UNFILLED',
        /“发出收费通知件数”未填写/,
      ],
      [
        { ...base, title: '信息公开工作年度报告' },
        'TITLE-ORGAN-YEAR',
        /未写明机关名称“孟州市人民政府办公室”和年度“2025”/,
      ],
    ];
    for (const [report, id, reason] of cases) {
      const { record, out, call } = await setup(report);
      const result = await call('export.file', { reportId: record.id, kind: 'docx', final: true });
      expect(result).toMatchObject({ ok: false, error: { code: 'HAS_ERRORS' } });
      const message = (result as { error: { message: string } }).error.message;
      expect(message).toMatch(/^报告还有1项错误，不能正式导出：1\. /);
      expect(message).toMatch(reason);
      expect(message).toContain(`（${id}）`);
      expect(readdirSync(out)).toEqual([]);
      // the same report exports as a draft
      expect(await call('export.file', { reportId: record.id, kind: 'docx', final: false })).toMatchObject({
        ok: true,
      });
    }
  });

  it('exports the same report as a marked draft, and keeps its status draft', async () => {
    const broken = setCell(fixtureReport(), 'T3.newReceived.natural', '130');
    const { store, record, asked, call } = await setup(broken);
    const result = await call('export.file', { reportId: record.id, kind: 'html', final: false });
    expect(result.ok).toBe(true);
    expect(asked[0]![1]).toBe('孟州市人民政府办公室2025年政府信息公开工作年度报告（草稿）.html');
    const html = readFileSync((result as { value: { path: string } }).value.path, 'utf8');
    expect(html).toContain('class="draft-banner"');
    expect(html).toContain('T3-BALANCE');
    expect((await store.listExports(record.id))[0]).toMatchObject({ kind: 'html', final: false });
    expect((await store.openReport(record.id)).status).toBe('draft');
  });

  it('writes the whole report as a .nianbao.json that reads back equal', async () => {
    const report = fixtureReport();
    const { record, call } = await setup(report);
    const result = await call('export.file', { reportId: record.id, kind: 'json', final: false });
    const path = (result as { value: { path: string } }).value.path;
    expect(path.endsWith('.nianbao.json')).toBe(true);
    const back = parseReportFile(readFileSync(path, 'utf8'));
    expect(back.report.tables).toEqual(report.tables);
    expect(back.report.prose).toEqual(report.prose);
  });

  it.skipIf(!findBrowser())('writes a PDF through the browser', async () => {
    const { record, call } = await setup(fixtureReport());
    const result = await call('export.file', { reportId: record.id, kind: 'pdf', final: true });
    const path = (result as { value: { path: string } }).value.path;
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says CANCELLED when the clerk closes the save dialog, and logs nothing', async () => {
    const { store, record, call } = await setup(fixtureReport(), { choosePath: async () => null });
    const result = await call('export.file', { reportId: record.id, kind: 'docx', final: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: '已取消导出。' } });
    expect(await store.listExports(record.id)).toEqual([]);
    expect((await store.openReport(record.id)).status).toBe('draft');
  });

  it('reports a locked target in Chinese and logs nothing', async () => {
    const { store, record, out, call } = await setup(fixtureReport(), {
      choosePath: async () => {
        const { mkdirSync } = await import('node:fs');
        const path = join(out, 'busy.docx');
        mkdirSync(path, { recursive: true });
        return path;
      },
    });
    const result = await call('export.file', { reportId: record.id, kind: 'docx', final: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_LOCKED' } });
    expect(await store.listExports(record.id)).toEqual([]);
    expect(existsSync(join(out, 'busy.docx'))).toBe(true);
  });
});

describe('export.print', () => {
  it('is unsupported without a printer (the browser build), with the Ctrl+P hint', async () => {
    const { record, call } = await setup(fixtureReport());
    const result = await call('export.print', { reportId: record.id });
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNSUPPORTED', message: '浏览器模式下请使用浏览器的打印功能（Ctrl+P）' },
    });
  });

  it('sends the print view to the injected printer, unmarked when the report is clean', async () => {
    const printed: string[] = [];
    const { record, call } = await setup(fixtureReport(), { print: async (html) => void printed.push(html) });
    expect(await call('export.print', { reportId: record.id })).toEqual({ ok: true, value: {} });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('@page { size: A4;');
    expect(printed[0]).not.toContain('class="draft-banner"');
  });
});
