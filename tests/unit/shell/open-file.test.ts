import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeReportFile } from '../../../shared/report-file';
import { emptyReport, setCell } from '../../../shared/report';
import { dispatch } from '../../../shared/api';
import { importReportFile, reportFilesInArgs } from '../../../electron/main/open-file';
import { createHandlers } from '../../../electron/services/handlers';
import { callOver, type CallService } from '../../../electron/services/process/client';
import { openStore } from '../../../electron/services/store';
import type { Store } from '../../../electron/services/store/types';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-open-'));
let store: Store;
/** the contract's calls, as main.ts sends them to the store process, dispatched here in-process */
let call: CallService;

function reportFile(name: string, value: string): string {
  const report = emptyReport();
  report.organ = { name: '某县人民政府办公室', kind: '人民政府', region: '某县', rulesPower: true };
  report.year = 2025;
  const withValue = setCell(report, 'T3.newReceived.natural', value);
  const path = join(dir, name);
  writeFileSync(path, serializeReportFile(withValue, { appVersion: 'test', exportedAt: '2026-01-05T00:00:00.000Z' }));
  return path;
}

beforeAll(() => {
  store = openStore({ dir: join(dir, 'data') });
  const handlers = createHandlers({
    store,
    version: 'test',
    dataDir: join(dir, 'data'),
    choosePath: () => Promise.resolve(null),
    printPdf: () => Promise.reject(new Error('not used')),
  });
  call = callOver((channel, args) => dispatch(handlers, channel, args));
});
afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('opening a report file from the desktop', () => {
  it('finds report files among the arguments, ignoring switches and other files', async () => {
    expect(
      reportFilesInArgs([
        '/opt/nianbao/nianbao',
        '--no-sandbox',
        '/home/a/某县.NIANBAO.JSON',
        'x.json',
        'C:\\报告\\b.nianbao.json',
      ]),
    ).toEqual(['/home/a/某县.NIANBAO.JSON', 'C:\\报告\\b.nianbao.json']);
  });

  it('stores the report as a draft under its organ and year', async () => {
    const outcome = await importReportFile(call, reportFile('a.nianbao.json', '12'), false);
    expect(outcome).toMatchObject({ kind: 'imported' });
    expect(outcome.message).toMatch(/某县人民政府办公室.*2025/);
    const [summary] = await store.listReports();
    expect(summary).toMatchObject({ organName: '某县人民政府办公室', year: 2025, status: 'draft' });
    expect((await store.openReport(summary!.id)).report.tables.T3.newReceived!.natural).toBe('12');
  });

  it('does not overwrite an existing report unless asked to replace it', async () => {
    const path = reportFile('b.nianbao.json', '34');
    const refused = await importReportFile(call, path, false);
    expect(refused.kind).toBe('exists');
    expect(refused.message).toMatch(/已经存在/);
    const id = (await store.listReports())[0]!.id;
    expect((await store.openReport(id)).report.tables.T3.newReceived!.natural).toBe('12');
    const replaced = await importReportFile(call, path, true);
    expect(replaced.kind).toBe('imported');
    expect((await store.openReport(id)).report.tables.T3.newReceived!.natural).toBe('34');
    expect(await store.listReports()).toHaveLength(1);
  });

  it('explains an unreadable or foreign file in Chinese and stores nothing', async () => {
    const before = (await store.listReports()).length;
    const missing = await importReportFile(call, join(dir, 'gone.nianbao.json'), false);
    expect(missing).toMatchObject({ kind: 'failed' });
    expect(missing.message).toMatch(/无法读取文件“gone\.nianbao\.json”/);
    const foreign = join(dir, 'c.nianbao.json');
    writeFileSync(foreign, JSON.stringify({ format: 'something-else', schemaVersion: 1 }));
    const refused = await importReportFile(call, foreign, false);
    expect(refused.kind).toBe('failed');
    expect(refused.message).toMatch(/^无法导入文件“c\.nianbao\.json”：.*[\u4e00-\u9fff]/);
    expect(await store.listReports()).toHaveLength(before);
  });

  it('sends a renamed Word document or web page to the import panel instead of importing it without asking', async () => {
    const before = (await store.listReports()).length;
    const zip = join(dir, 'renamed-docx.nianbao.json');
    // a .docx is a zip: local file header signature, then anything
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]));
    const html = join(dir, 'page.nianbao.json');
    writeFileSync(
      html,
      '<html><body><h1>某县人民政府办公室2025年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>',
    );
    for (const path of [zip, html]) {
      const outcome = await importReportFile(call, path, false);
      expect(outcome.kind).toBe('import-dialog');
      expect(outcome.message).toMatch(/不是年报助手导出的报告文件.*没有直接导入.*导入已发布的报告/);
    }
    expect(await store.listReports()).toHaveLength(before);
  });
});
