/**
 * The store process as the host and the Electron main use it: a real child process (forked, the
 * source run through tsx) on a real SQLite file, spoken to with the contract's envelopes.
 */
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type ExportKind } from '../../../shared/api';
import {
  connectService,
  SERVICE_RESTARTED_MESSAGE,
  SERVICE_STOPPED_MESSAGE,
  serviceGaveUpMessage,
  type ServiceClient,
  type ServiceProcess,
  type UiCapabilities,
} from '../../../electron/services/process/client';
import { forkServiceProcess, startNodeService } from '../../../electron/services/process/node-process';
import { DATABASE_FILE } from '../../../electron/services/store';
import { integrity, mengzhou2025, MENGZHOU, rawCount, removeTempDirs, tempDir } from './helpers';

const clients: ServiceClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  removeTempDirs();
});

function ui(out: string, asked: string[] = []): UiCapabilities {
  return {
    choosePath: async (kind: ExportKind, name: string) => {
      asked.push(`choosePath ${kind}`);
      return join(out, name);
    },
    printPdf: async () => {
      asked.push('printPdf');
      return new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00, 0x80]);
    },
  };
}

async function start(dir: string, asked: string[] = []): Promise<ServiceClient> {
  const client = await startNodeService({ dataDir: dir, version: '9.9.9', canPrint: false }, ui(tempDir('out'), asked));
  clients.push(client);
  return client;
}

describe('the store process', () => {
  it('answers the contract with envelopes and validates every argument at its boundary', async () => {
    const dir = tempDir();
    const client = await start(dir);
    expect(client.info.dbPath).toBe(join(dir, DATABASE_FILE));
    expect(await client.invoke('app.info', {})).toEqual({
      ok: true,
      value: {
        version: '9.9.9',
        dataDir: dir,
        recovery: null,
        exportsShell: { showInFolder: false, download: false },
      },
    });
    const organ = await client.call('organs.save', {
      name: MENGZHOU,
      kind: '政府部门',
      region: '孟州市',
      rulesPower: false,
    });
    const created = await client.call('reports.create', { organId: organ.id, year: 2025 });
    const saved = await client.call('reports.save', { reportId: created.id, report: mengzhou2025() });
    expect(saved.changed).toBe(true);
    expect(rawCount(client.info.dbPath, 'SELECT count(*) FROM revisions WHERE report_id = ?', created.id)).toBe(2);

    expect(await client.invoke('reports.save', { reportId: created.id, report: { title: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', message: expect.stringMatching(/^参数不正确/) },
    });
    expect(await client.invoke('reports.open', { reportId: -1, extra: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS' },
    });
    expect(await client.invoke('store.dropEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', message: '未知的调用：store.dropEverything' },
    });
    await expect(client.call('reports.open', { reportId: 999 })).rejects.toThrow(/找不到该报告/);
  });

  it('asks the UI’s side for the export path and the PDF, and the bytes arrive intact', async () => {
    const asked: string[] = [];
    const client = await start(tempDir(), asked);
    const record = await client.call('reports.import', { report: mengzhou2025(), status: 'draft', replace: false });
    const pdf = await client.call('export.file', { reportId: record.id, kind: 'pdf', final: false });
    expect([...readFileSync(pdf.path)]).toEqual([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00, 0x80]);
    const json = await client.call('export.file', { reportId: record.id, kind: 'json', final: false });
    expect(JSON.parse(readFileSync(json.path, 'utf8')).appVersion).toBe('9.9.9');
    expect(asked).toEqual(['printPdf', 'choosePath pdf', 'choosePath json']);
    // printing needs a printer the browser host does not lend
    expect(await client.invoke('export.print', { reportId: record.id })).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED' },
    });
  });

  it('keeps answering reads while a save waits for another process’s lock, then saves it', async () => {
    const dir = tempDir();
    const client = await start(dir);
    const record = await client.call('reports.import', { report: mengzhou2025(), status: 'draft', replace: false });
    // this test's process is another process than the store's
    const other = new Database(client.info.dbPath);
    other.exec('BEGIN IMMEDIATE');
    const order: string[] = [];
    const save = client
      .invoke('reports.save', { reportId: record.id, report: { ...mengzhou2025(), intro: '等锁' } })
      .then((envelope) => {
        order.push('save');
        return envelope;
      });
    const open = await client.call('reports.open', { reportId: record.id });
    order.push('open');
    expect(open.report.intro).toBe(mengzhou2025().intro);
    const refused = await save;
    other.exec('ROLLBACK');
    other.close();
    // the read was answered first; the save waited LOCK_WAIT_MS and then said why, having written nothing
    expect(order).toEqual(['open', 'save']);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_LOCKED' } });
    expect(rawCount(client.info.dbPath, 'SELECT count(*) FROM revisions WHERE report_id = ?', record.id)).toBe(1);
    // the autosave's retry after the release goes through
    const saved = await client.call('reports.save', {
      reportId: record.id,
      report: { ...mengzhou2025(), intro: '等锁' },
    });
    expect(saved.changed).toBe(true);
  });

  it('finishes a save in flight before it closes', async () => {
    const client = await start(tempDir());
    const record = await client.call('reports.import', { report: mengzhou2025(), status: 'draft', replace: false });
    const save = client.call('reports.save', { reportId: record.id, report: { ...mengzhou2025(), intro: '最后一次' } });
    await client.close();
    expect((await save).changed).toBe(true);
    expect(rawCount(client.info.dbPath, 'SELECT count(*) FROM revisions WHERE report_id = ?', record.id)).toBe(2);
    expect(await client.invoke('organs.list', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: SERVICE_STOPPED_MESSAGE },
    });
  });

  it('asks the UI side to show an export in its folder (Electron), with the logged path', async () => {
    const out = tempDir('out');
    const shown: string[] = [];
    const client = await startNodeService(
      { dataDir: tempDir(), version: '1', canPrint: false, canShowInFolder: true },
      { ...ui(out), showInFolder: (path: string) => void shown.push(path) },
    );
    clients.push(client);
    expect(await client.call('app.info', {})).toMatchObject({ exportsShell: { showInFolder: true, download: false } });
    const record = await client.call('reports.import', { report: mengzhou2025(), status: 'draft', replace: false });
    const exported = await client.call('export.file', { reportId: record.id, kind: 'json', final: false });
    expect(await client.call('export.showInFolder', { reportId: record.id, exportId: exported.exportId })).toEqual({});
    expect(shown).toEqual([exported.path]);
  });

  it('refuses to start on a database from a newer version, with the reason', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const db = new Database(join(dir, DATABASE_FILE));
    db.pragma('user_version = 999');
    db.close();
    const failure = await startNodeService({ dataDir: dir, version: '1', canPrint: false }, ui(dir)).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('UNSUPPORTED');
    expect((failure as ApiError).message).toMatch(/更新版本的年报助手/);
  });

  it('restarts after a SIGKILL: the call in flight is answered in Chinese, the next one succeeds, nothing saved is lost', async () => {
    const dir = tempDir();
    const procs: ServiceProcess[] = [];
    const client = await connectService(
      () => {
        const proc = forkServiceProcess();
        procs.push(proc);
        return proc;
      },
      { dataDir: dir, version: '1', canPrint: false },
      ui(tempDir()),
    );
    clients.push(client);
    const record = await client.call('reports.import', { report: mengzhou2025(), status: 'draft', replace: false });
    await client.call('reports.save', { reportId: record.id, report: { ...mengzhou2025(), intro: '杀掉之前保存的' } });
    const revisionsBefore = rawCount(
      client.info.dbPath,
      'SELECT count(*) FROM revisions WHERE report_id = ?',
      record.id,
    );

    // a save held in flight by another process's write lock, then the store process killed outright
    const other = new Database(client.info.dbPath);
    other.exec('BEGIN IMMEDIATE');
    const inFlight = client.invoke('reports.save', {
      reportId: record.id,
      report: { ...mengzhou2025(), intro: '未完成' },
    });
    await killHard(procs[0]!);
    expect(await inFlight).toEqual({ ok: false, error: { code: 'INTERNAL', message: SERVICE_RESTARTED_MESSAGE } });
    other.exec('ROLLBACK');
    other.close();

    // the next call is served by a new process on the same file, with everything saved before
    const opened = await client.call('reports.open', { reportId: record.id });
    expect(opened.report.intro).toBe('杀掉之前保存的');
    expect(procs).toHaveLength(2);
    expect(procs[1]!.pid).not.toBe(procs[0]!.pid);
    expect(rawCount(client.info.dbPath, 'SELECT count(*) FROM revisions WHERE report_id = ?', record.id)).toBe(
      revisionsBefore,
    );
    expect(integrity(client.info.dbPath)).toBe('ok');
    // and it saves again
    expect(
      (await client.call('reports.save', { reportId: record.id, report: { ...mengzhou2025(), intro: '之后' } }))
        .changed,
    ).toBe(true);
    expect(storedIntro(client.info.dbPath, record.id)).toBe('之后');
  });

  it('stops restarting a process that keeps dying, and says so in Chinese with what to do', async () => {
    const procs: ServiceProcess[] = [];
    const policy = { maxRestarts: 1, windowMs: 60_000 };
    const client = await connectService(
      () => {
        const proc = forkServiceProcess();
        procs.push(proc);
        return proc;
      },
      { dataDir: tempDir(), version: '1', canPrint: false },
      ui(tempDir()),
      policy,
    );
    clients.push(client);
    await killHard(procs[0]!);
    expect(await client.invoke('organs.list', {})).toEqual({ ok: true, value: [] });
    await killHard(procs[1]!);
    const refused = await client.invoke('organs.list', {});
    expect(refused).toEqual({ ok: false, error: { code: 'INTERNAL', message: serviceGaveUpMessage(policy) } });
    expect(serviceGaveUpMessage(policy)).toMatch(/60 秒内意外停止了 2 次.*请关闭并重新启动年报助手/);
    expect(procs).toHaveLength(2);
  });
});

/** SIGKILL, as the operating system ends a process out of memory: no handler in it runs. */
async function killHard(proc: ServiceProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => proc.onExit(() => resolve()));
  process.kill(proc.pid!, 'SIGKILL');
  await exited;
}

function storedIntro(dbPath: string, reportId: number): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    const body = db
      .prepare('SELECT v.body FROM reports r JOIN revisions v ON v.id = r.revision_id WHERE r.id = ?')
      .pluck()
      .get(reportId) as Buffer;
    return (JSON.parse(inflateRawSync(body).toString('utf8')) as { intro: string }).intro;
  } finally {
    db.close();
  }
}
