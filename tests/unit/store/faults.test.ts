/**
 * Faults the store meets in real offices: a damaged revision body, a full disk, a read-only file,
 * another program saving the same report, leftovers of killed backups, other users on the same PC.
 * Everything runs on real SQLite files.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, dispatch, type Handlers } from '../../../shared/api';
import { setCell, type Report } from '../../../shared/report';
import { DATABASE_FILE } from '../../../electron/services/store';
import { createStoreHandlers } from '../../../electron/services/store/handlers';
import type { SqliteStore } from '../../../electron/services/store/store';
import { mengzhou2025, openIn, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

const liveDb = (store: SqliteStore) => (store as unknown as { db: Database.Database }).db;

async function refusal(fn: () => Promise<unknown>): Promise<ApiError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}

/** Text deflate cannot shrink (a fixed pseudo-random walk over CJK characters), so it needs new pages. */
function incompressibleText(length: number): string {
  let seed = 12345;
  let text = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(0x4e00 + (seed % 20000));
  }
  return text;
}

function withValue(report: Report, value: string): Report {
  return setCell(report, 'T2.licensing.decisions', value);
}

/** Overwrites a report's current revision body with bytes that do not inflate (a bad sector, a bad copy). */
function damageCurrentBody(path: string, reportId: number): void {
  const db = new Database(path);
  try {
    // a raw-deflate stream whose back-reference points before the start: "invalid distance too far back"
    db.prepare('UPDATE revisions SET body = ? WHERE id = (SELECT revision_id FROM reports WHERE id = ?)').run(
      Buffer.from([0x0b, 0x49, 0x2c, 0x49, 0x04, 0x00, 0xff, 0xff, 0x00, 0x11]),
      reportId,
    );
  } finally {
    db.close();
  }
}

describe('a damaged revision body', () => {
  it('marks that report 损坏 while the list, the next year and every other report keep working; history restores it', async () => {
    const dir = tempDir('damaged');
    const store = openIn(dir);
    const base = mengzhou2025();
    const y2024 = await store.importReport({ ...base, year: 2024 }, 'final', false);
    await store.saveReport(y2024.id, withValue({ ...base, year: 2024 }, '7'));
    const y2025 = await store.importReport(base, 'draft', false);
    const other = await store.importReport({ ...base, organ: { ...base.organ, name: '另一个局' } }, 'draft', false);
    store.close();
    damageCurrentBody(join(dir, DATABASE_FILE), y2024.id);
    // integrity_check cannot see it: the page is fine, only the content is not
    const reopened = openIn(dir);
    expect(reopened.recovery).toBeNull();
    await reopened.saveReport(y2025.id, withValue(base, '3')); // its prior (2024) is damaged: counted without it

    const list = await reopened.listReports();
    expect(list).toHaveLength(3);
    expect(list.find((r) => r.id === y2024.id)?.damaged).toBe(true);
    expect(list.filter((r) => r.damaged)).toHaveLength(1);
    expect((await reopened.openReport(y2025.id)).report.tables.T2.licensing!.decisions).toBe('3');
    expect((await reopened.openReport(y2025.id)).prior).toBeNull();
    expect((await reopened.openReport(other.id)).report.organ.name).toBe('另一个局');

    const opened = await refusal(() => reopened.openReport(y2024.id));
    expect(opened.code).toBe('DAMAGED');
    expect(opened.message).toMatch(/2024年报告.*已损坏.*其他报告不受影响.*恢复/);
    expect(opened.message).not.toMatch(/invalid distance/);

    const [damagedHead, older] = await reopened.history(y2024.id);
    const again = await refusal(() => reopened.restore(y2024.id, damagedHead!.id));
    expect(again.message).toMatch(/也已损坏.*更早的版本/);
    const restored = await reopened.restore(y2024.id, older!.id);
    expect(restored.report.year).toBe(2024);
    expect((await reopened.listReports()).some((r) => r.damaged)).toBe(false);
    reopened.close();
  });
});

describe('a body damaged while the store that wrote it is open', () => {
  it('is still noticed by the list: what the store remembers of its own saves is tied to the exact bytes', async () => {
    const dir = tempDir('damaged-live');
    const store = openIn(dir);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    await store.saveReport(record.id, withValue(mengzhou2025(), '5'));
    expect((await store.listReports()).find((r) => r.id === record.id)?.damaged).toBeUndefined();
    damageCurrentBody(join(dir, DATABASE_FILE), record.id);
    expect((await store.listReports()).find((r) => r.id === record.id)?.damaged).toBe(true);
    store.close();
  });
});

describe('another program saving the same report', () => {
  it('is not overwritten: the save answers CONFLICT, the other version stays current, ours is kept in the history', async () => {
    const dir = tempDir('conflict');
    const app = openIn(dir);
    const record = await app.importReport(mengzhou2025(), 'draft', false);
    const base = record.revisionId;

    // the CLI or a second instance: its own connection to the same file
    const cli = openIn(dir);
    const theirs = await cli.saveReport(record.id, withValue(record.report, '41'));
    cli.close();

    const handlers = createStoreHandlers(app) as unknown as Handlers;
    const envelope = await dispatch(handlers, 'reports.save', {
      reportId: record.id,
      report: withValue(record.report, '99'),
      baseRevisionId: base,
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('CONFLICT');
    expect(envelope.error.message).toMatch(/^另一个程序修改了这份报告.*另存为历史版本.*没有丢失.*载入最新内容/);

    const current = await app.openReport(record.id);
    expect(current.revisionId).toBe(theirs.revisionId);
    expect(current.report.tables.T2.licensing!.decisions).toBe('41');
    const kept = (await app.history(record.id)).map((r) => r.id).filter((id) => id > theirs.revisionId);
    expect(kept).toHaveLength(1);
    const ours = await app.restore(record.id, kept[0]!);
    expect(ours.report.tables.T2.licensing!.decisions).toBe('99');

    // saving from the revision one has seen goes through
    const next = await app.saveReport(record.id, withValue(ours.report, '100'), ours.revisionId);
    expect(next.changed).toBe(true);
    app.close();
  });
});

describe('a full disk and a read-only file', () => {
  it('refuses the save in Chinese, loses nothing, and saves again once space returns', async () => {
    const dir = tempDir('full');
    const store = openIn(dir);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const db = liveDb(store);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`); // SQLite's own SQLITE_FULL: no page can be added
    const big = { ...withValue(record.report, '5'), intro: incompressibleText(190_000) };
    const handlers = createStoreHandlers(store) as unknown as Handlers;
    const full = await dispatch(handlers, 'reports.save', { reportId: record.id, report: big });
    expect(full).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    if (!full.ok) expect(full.error.message).toMatch(/磁盘空间已满.*没有丢失.*保存会自动继续/);
    expect((await store.openReport(record.id)).revisionId).toBe(record.revisionId);

    db.pragma('max_page_count = 1073741823'); // space returns
    const saved = await dispatch(handlers, 'reports.save', { reportId: record.id, report: big });
    expect(saved.ok).toBe(true);
    expect((await store.openReport(record.id)).report.intro).toBe(big.intro);

    db.pragma('query_only = 1'); // a read-only file: SQLite answers SQLITE_READONLY
    const readOnly = await dispatch(handlers, 'reports.save', {
      reportId: record.id,
      report: withValue(big, '6'),
    });
    expect(readOnly).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    if (!readOnly.ok) expect(readOnly.error.message).toMatch(/只能读取、不能写入/);
    store.close();
  });
});

describe('backup temp files', () => {
  it('leaves a running process’s backup in progress alone and removes leftovers of dead ones at open', async () => {
    const dir = tempDir('temps');
    openIn(dir).close();
    const backups = join(dir, 'backups');
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => dead.on('close', resolve));
    const live = `nianbao-20260101T000000Z-c5.sqlite.${sleeper.pid}-ab12cd34.tmp`;
    const leftovers = [
      `nianbao-20260101T000000Z-c6.sqlite.${dead.pid}-00ff00ff.tmp`,
      `nianbao-20260101T000000Z-c6.sqlite.${dead.pid}-00ff00ff.tmp-journal`,
      'nianbao-20260101T000000Z-c7.sqlite.tmp',
      'nianbao-20260101T000000Z-c7.sqlite.tmp-journal',
    ];
    for (const name of [live, ...leftovers]) writeFileSync(join(backups, name), 'partial');
    try {
      const store = openIn(dir);
      await store.importReport(mengzhou2025(), 'draft', false);
      await store.backup(); // another process's backup in progress is not this one's business
      await store.backupNow();
      store.close();
      const names = readdirSync(backups);
      expect(names).toContain(live);
      for (const name of leftovers) expect(names).not.toContain(name);
      expect(names.filter((n) => /\.sqlite$/.test(n)).length).toBeGreaterThanOrEqual(2);
    } finally {
      sleeper.kill();
    }
  });
});

describe.skipIf(process.platform === 'win32')('who can read the drafts', () => {
  const mode = (path: string) => statSync(path).mode & 0o777;
  it('creates the data folder 0700, the database and backups 0600, and tightens an older folder', async () => {
    const fresh = join(tempDir('perm'), 'data');
    const store = openIn(fresh);
    await store.importReport(mengzhou2025(), 'draft', false);
    const backup = await store.backup();
    store.close();
    expect(mode(fresh)).toBe(0o700);
    expect(mode(join(fresh, DATABASE_FILE))).toBe(0o600);
    expect(mode(join(fresh, 'backups'))).toBe(0o700);
    expect(mode(join(fresh, 'backups', backup.name))).toBe(0o600);

    // as an older version left it: folder 0755, database 0644
    chmodSync(fresh, 0o755);
    chmodSync(join(fresh, DATABASE_FILE), 0o644);
    chmodSync(join(fresh, 'backups'), 0o755);
    openIn(fresh).close();
    expect(mode(fresh)).toBe(0o700);
    expect(mode(join(fresh, DATABASE_FILE))).toBe(0o600);
    expect(mode(join(fresh, 'backups'))).toBe(0o700);
  });
});

describe('a restore interrupted by a crash', () => {
  it('is finished at the next open when the live file was already moved aside', async () => {
    const dir = tempDir('restore-crash');
    const store = openIn(dir);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const backup = await store.backup();
    await store.saveReport(record.id, withValue(record.report, '8'));
    store.close();
    const live = join(dir, DATABASE_FILE);
    // the state a kill leaves between "live file moved aside" and "staged copy renamed in"
    const { copyFileSync } = await import('node:fs');
    copyFileSync(join(dir, 'backups', backup.name), `${live}.restoring`);
    renameSync(live, `${live}.before-restore-test`);
    mkdirSync(dir, { recursive: true });
    const reopened = openIn(dir);
    expect(reopened.recovery).toBeNull();
    expect(existsSync(`${live}.restoring`)).toBe(false);
    expect((await reopened.openReport(record.id)).report.tables.T2.licensing!.decisions).toBe(
      record.report.tables.T2.licensing!.decisions,
    );
    reopened.close();
  });
});
