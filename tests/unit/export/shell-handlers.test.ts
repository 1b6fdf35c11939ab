import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../shared/api';
import { openStore } from '../../../electron/services/store';
import type { Store } from '../../../electron/services/store/types';
import { createHandlers } from '../../../electron/services/handlers';
import { fixtureReport } from './fixture';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function setup(mode: { showInFolder?: boolean; browserDownloads?: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-shell-'));
  dirs.push(dir);
  const store = openStore({ dir: join(dir, 'data') });
  stores.push(store);
  const record = await store.importReport(fixtureReport(), 'draft', false);
  const shown: string[] = [];
  const handlers = createHandlers({
    store,
    version: '1.0.0',
    dataDir: join(dir, 'data'),
    choosePath: async (_kind, name) => join(dir, name),
    printPdf: async () => new Uint8Array([37, 80, 68, 70]),
    ...(mode.showInFolder ? { showInFolder: (p: string) => void shown.push(p) } : {}),
    ...(mode.browserDownloads ? { browserDownloads: true } : {}),
  });
  const call = (channel: string, args: unknown) => dispatch(handlers as Handlers, channel, args);
  return { store, record, shown, call };
}

describe('after an export: download (browser) and show in folder (Electron)', () => {
  it('browser: app.info says so, and the logged file comes back byte for byte with its name and type', async () => {
    const { record, call } = await setup({ browserDownloads: true });
    expect(await call('app.info', {})).toMatchObject({
      ok: true,
      value: { exportsShell: { showInFolder: false, download: true } },
    });
    const exported = (await call('export.file', { reportId: record.id, kind: 'html', final: false })) as {
      ok: true;
      value: { path: string; exportId: number; sha256: string };
    };
    const r = (await call('export.download', { reportId: record.id, exportId: exported.value.exportId })) as {
      ok: true;
      value: { fileName: string; mimeType: string; contentBase64: string };
    };
    const bytes = Buffer.from(r.value.contentBase64, 'base64');
    expect(bytes.equals(readFileSync(exported.value.path))).toBe(true);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(exported.value.sha256);
    expect(r.value.fileName).toBe('孟州市人民政府办公室2025年政府信息公开工作年度报告（草稿）.html');
    expect(r.value.mimeType).toBe('text/html;charset=utf-8');

    // a file changed after the export is not handed over as if it were the export; a removed one is named
    appendFileSync(exported.value.path, '<!-- edited -->');
    expect(await call('export.download', { reportId: record.id, exportId: exported.value.exportId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('请重新导出') },
    });
    rmSync(exported.value.path);
    expect(await call('export.download', { reportId: record.id, exportId: exported.value.exportId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('已不在原处') },
    });
    expect(await call('export.showInFolder', { reportId: record.id, exportId: exported.value.exportId })).toMatchObject(
      { ok: false, error: { code: 'UNSUPPORTED' } },
    );
    // an export of another report, or one never logged, is not found
    expect(await call('export.download', { reportId: record.id, exportId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('Electron: shows the logged path in its folder; no download', async () => {
    const { record, call, shown } = await setup({ showInFolder: true });
    expect(await call('app.info', {})).toMatchObject({
      value: { exportsShell: { showInFolder: true, download: false } },
    });
    const exported = (await call('export.file', { reportId: record.id, kind: 'json', final: false })) as {
      ok: true;
      value: { path: string; exportId: number };
    };
    expect(await call('export.showInFolder', { reportId: record.id, exportId: exported.value.exportId })).toEqual({
      ok: true,
      value: {},
    });
    expect(shown).toEqual([exported.value.path]);
    expect(await call('export.download', { reportId: record.id, exportId: exported.value.exportId })).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED' },
    });
  });
});
