/**
 * Writes while another connection holds the write lock: they wait without blocking the event loop,
 * keep their order, and write each change exactly once.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { DATABASE_FILE } from '../../../electron/services/store';
import { openStore } from '../../../electron/services/store';
import { mengzhou2025, rawCount, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

function holdLock(dir: string): () => void {
  const other = new Database(join(dir, DATABASE_FILE));
  other.exec('BEGIN IMMEDIATE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
  };
}

describe('writes while the file is locked', () => {
  it('wait without blocking: the event loop runs, reads answer, and the save lands once the lock is released', async () => {
    const dir = tempDir();
    const store = openStore({ dir, lockWaitMs: 10_000 });
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const release = holdLock(dir);
    const ticks: number[] = [];
    const ticker = setInterval(() => ticks.push(Date.now()), 20);
    const save = store.saveReport(record.id, { ...mengzhou2025(), intro: '锁住时写的' });
    // a read is answered while the save waits
    expect((await store.openReport(record.id)).report.intro).toBe(mengzhou2025().intro);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const ticksWhileLocked = ticks.length;
    release();
    const saved = await save;
    clearInterval(ticker);
    expect(saved.changed).toBe(true);
    // a synchronous busy-wait would have let no timer run at all during those 600 ms
    expect(ticksWhileLocked).toBeGreaterThan(5);
    expect((await store.openReport(record.id)).report.intro).toBe('锁住时写的');
    expect(rawCount(store.path, 'SELECT count(*) FROM revisions WHERE report_id = ?', record.id)).toBe(2);
    store.close();
  });

  it('keep their order: a later save that undoes an earlier waiting one is not skipped as unchanged', async () => {
    const dir = tempDir();
    const store = openStore({ dir, lockWaitMs: 10_000 });
    const original = mengzhou2025();
    const record = await store.importReport(original, 'draft', false);
    const release = holdLock(dir);
    const first = store.saveReport(record.id, { ...original, intro: '先改成这样' });
    const second = store.saveReport(record.id, original);
    setTimeout(release, 300);
    expect((await first).changed).toBe(true);
    expect((await second).changed).toBe(true);
    expect((await store.openReport(record.id)).report).toEqual(original);
    expect(rawCount(store.path, 'SELECT count(*) FROM revisions WHERE report_id = ?', record.id)).toBe(3);
    store.close();
  });

  it('give up after the wait with FILE_LOCKED in Chinese, having written nothing; the list still answers with stored counts', async () => {
    const dir = tempDir();
    const store = openStore({ dir, lockWaitMs: 300 });
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const prior = await store.importReport({ ...mengzhou2025(), year: 2024 }, 'draft', false);
    await store.saveReport(prior.id, { ...mengzhou2025(), year: 2024, intro: '改过' });
    // counts marked stale as migration 3 leaves them: the list would recount, but must not wait for the lock
    const db = new Database(store.path);
    db.prepare('UPDATE reports SET counts_stale = 1').run();
    db.close();
    const release = holdLock(dir);
    const error = await store.saveReport(record.id, { ...mengzhou2025(), intro: '不会写入' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('FILE_LOCKED');
    expect((error as ApiError).message).toMatch(/数据正在被另一个程序.*使用/);
    expect((await store.listReports()).map((r) => r.year).sort()).toEqual([2024, 2025]);
    release();
    expect(rawCount(store.path, 'SELECT count(*) FROM revisions WHERE report_id = ?', record.id)).toBe(1);
    expect((await store.openReport(record.id)).report.intro).toBe(mengzhou2025().intro);
    store.close();
  });
});
