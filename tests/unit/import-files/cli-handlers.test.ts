import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../shared/api';
import { serializeReportFile } from '../../../shared/report-file';
import { emptyReport, setCells, type Report } from '../../../shared/report';
import { runImport } from '../../../electron/cli/import';
import { createImportHandlers } from '../../../electron/services/import/handlers';
import { openStore } from '../../../electron/services/store';
import { FIXTURE_HTML_PATH } from './fixture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

function reportFile(report: Report): string {
  const path = join(dir, '县财政局.nianbao.json');
  writeFileSync(path, serializeReportFile(report, { appVersion: '0.1.0', exportedAt: '2026-01-02T03:04:05.000Z' }));
  return path;
}

const sample = (natural: string) =>
  setCells(emptyReport({ organName: '某县财政局', organKind: '政府部门', year: 2025 }), {
    'T3.newReceived.natural': natural,
  });

describe('import.parse handler', () => {
  const handlers = createImportHandlers() as unknown as Handlers;

  it('decodes base64 and returns the parsed report in an envelope', async () => {
    const bytes = readFileSync(FIXTURE_HTML_PATH);
    const envelope = await dispatch(handlers, 'import.parse', {
      fileName: '年报.html',
      contentBase64: bytes.toString('base64'),
    });
    expect(envelope.ok).toBe(true);
    if (!envelope.ok) return;
    const value = envelope.value as { format: string; report: Report; issues: unknown[] };
    expect(value.format).toBe('html');
    expect(value.report.organ.name).toBe('孟州市人民政府办公室');
    expect(value.report.tables.T3.newReceived!.total).toBe('129');
  });

  it('returns a Chinese PARSE_FAILED or UNSUPPORTED error, not an internal one', async () => {
    const broken = await dispatch(handlers, 'import.parse', {
      fileName: 'a.nianbao.json',
      contentBase64: Buffer.from('{"format":"x"}').toString('base64'),
    });
    expect(broken).toEqual({
      ok: false,
      error: { code: 'PARSE_FAILED', message: expect.stringContaining('不是年报助手的报告文件') },
    });
    const doc = await dispatch(handlers, 'import.parse', {
      fileName: 'a.doc',
      contentBase64: Buffer.from('whatever').toString('base64'),
    });
    expect(doc).toEqual({
      ok: false,
      error: {
        code: 'PARSE_FAILED',
        message: expect.stringContaining('“a.doc”不是有效的 Word 97–2003（.doc）或 WPS 文档'),
      },
    });
  });
});

describe('nianbao import', () => {
  it('stores a report file, refuses a second import without --replace, replaces with it', async () => {
    const dataDir = join(dir, 'data');
    const first = capture();
    expect(await runImport([reportFile(sample('7')), '--data-dir', dataDir], first.io)).toBe(0);
    expect(first.out.join('')).toContain('已导入：某县财政局 2025 年报告（草稿');

    const again = capture();
    expect(await runImport([reportFile(sample('8')), '--data-dir', dataDir], again.io)).toBe(1);
    expect(again.err.join('')).toContain('已经存在');
    expect(again.err.join('')).toContain('--replace');

    const store = openStore({ dir: dataDir });
    try {
      const [summary] = await store.listReports();
      expect(await store.listReports()).toHaveLength(1);
      expect((await store.openReport(summary!.id)).report.tables.T3.newReceived!.natural).toBe('7');
    } finally {
      store.close();
    }

    const replaced = capture();
    expect(
      await runImport([reportFile(sample('8')), `--data-dir=${dataDir}`, '--replace', '--final'], replaced.io),
    ).toBe(0);
    expect(replaced.out.join('')).toContain('正式稿');
    const reopened = openStore({ dir: dataDir });
    try {
      const [summary] = await reopened.listReports();
      expect(summary!.status).toBe('final');
      expect((await reopened.openReport(summary!.id)).report.tables.T3.newReceived!.natural).toBe('8');
    } finally {
      reopened.close();
    }
  });

  it('imports a web page and lists the import notes in Chinese', async () => {
    const io = capture();
    expect(await runImport([FIXTURE_HTML_PATH, '--data-dir', join(dir, 'data')], io.io)).toBe(0);
    const out = io.out.join('');
    expect(out).toContain('孟州市人民政府办公室 2025 年报告');
    expect(out).toContain('（网页）');
    expect(out).toMatch(/\[提示\] 已略去网页中报告标题之前的/);
    // line numbers of our own HTML-to-text conversion mean nothing to the clerk
    expect(out).not.toMatch(/第\d+行/);
  });

  it('exits 2 for a missing file, an unreadable file, a report without a year, and bad usage', async () => {
    const data = ['--data-dir', join(dir, 'data')];
    const missing = capture();
    expect(await runImport([join(dir, '没有.txt'), ...data], missing.io)).toBe(2);
    expect(missing.err.join('')).toContain('文件不存在');

    const docPath = join(dir, '旧.doc');
    writeFileSync(docPath, 'x');
    const legacy = capture();
    expect(await runImport([docPath, ...data], legacy.io)).toBe(2);
    expect(legacy.err.join('')).toContain('不是有效的 Word 97–2003（.doc）或 WPS 文档');

    const noYear = capture();
    expect(await runImport([reportFile(emptyReport({ organName: '某县财政局' })), ...data], noYear.io)).toBe(2);
    expect(noYear.err.join('')).toContain('没有年度');

    const blocked = join(dir, '是文件不是目录');
    writeFileSync(blocked, '');
    const noStore = capture();
    expect(await runImport([reportFile(sample('1')), '--data-dir', blocked], noStore.io)).toBe(2);
    expect(noStore.err.join('')).toContain('无法打开数据目录');

    const usage = capture();
    expect(await runImport([], usage.io)).toBe(2);
    expect(usage.err.join('')).toContain('请指定要导入的文件');
    expect(await runImport(['a.txt', '--force'], capture().io)).toBe(2);
    const help = capture();
    expect(await runImport(['--help'], help.io)).toBe(0);
    expect(help.out.join('')).toContain('用法：nianbao import');
  });
});
