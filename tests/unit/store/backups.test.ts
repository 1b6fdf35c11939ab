import Database from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { BACKUP_FOLDER, BACKUPS_KEPT, DATABASE_FILE } from '../../../electron/services/store';
import { DAY, fakeClock, HOUR, mengzhou2025, MENGZHOU, openIn, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

/** the report years in a database file, read without the store's code, after an integrity check */
function yearsIn(path: string): number[] {
  const db = new Database(path, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT year FROM reports ORDER BY year').pluck().all() as number[];
  } finally {
    db.close();
  }
}

async function apiError(fn: () => unknown): Promise<ApiError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('backups', () => {
  it('backs up at open when something changed since the last backup, and not otherwise', async () => {
    const dir = tempDir();
    const clock = fakeClock();
    let store = openIn(dir, clock.now);
    expect(await store.listBackups()).toEqual([]); // an empty store is not worth a backup
    await store.importReport(mengzhou2025(), 'draft', false);
    store.close();

    clock.advance(HOUR);
    store = openIn(dir, clock.now);
    const afterFirst = await store.listBackups();
    expect(afterFirst).toHaveLength(1);
    expect(yearsIn(join(dir, BACKUP_FOLDER, afterFirst[0]!.name))).toEqual([2025]);
    store.close();

    clock.advance(HOUR);
    store = openIn(dir, clock.now);
    expect(await store.listBackups()).toEqual(afterFirst);
    const record = (await store.listReports())[0]!;
    await store.saveReport(record.id, { ...mengzhou2025(), intro: '改动' });
    store.close();

    clock.advance(HOUR);
    store = openIn(dir, clock.now);
    expect(await store.listBackups()).toHaveLength(2);
    store.close();
  });

  it('backs up at least daily while the app stays open, and keeps only the newest ones', async () => {
    const dir = tempDir();
    const clock = fakeClock();
    const store = openIn(dir, clock.now);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const names: string[] = [];
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      clock.advance(DAY + HOUR);
      await store.saveReport(record.id, { ...mengzhou2025(), intro: `第${i}天` });
      names.push((await store.listBackups())[0]!.name);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(BACKUPS_KEPT).toBe(7);
    expect((await store.listBackups()).map((b) => b.name)).toEqual(names.slice(-BACKUPS_KEPT).reverse());
    expect(readdirSync(join(dir, BACKUP_FOLDER)).sort()).toEqual(names.slice(-BACKUPS_KEPT).sort());
    store.close();
  });

  it('makes a consistent copy with the online backup API', async () => {
    const dir = tempDir();
    const store = openIn(dir);
    await store.importReport(mengzhou2025(), 'draft', false);
    const info = await store.backupNow();
    expect(info.bytes).toBeGreaterThan(0);
    expect(yearsIn(join(dir, BACKUP_FOLDER, info.name))).toEqual([2025]);
    expect((await store.listBackups()).map((b) => b.name)).toContain(info.name);
    store.close();
  });

  it('restores a backup, keeping the replaced database aside, and backs the restored one up again later', async () => {
    const dir = tempDir();
    const clock = fakeClock();
    const store = openIn(dir, clock.now);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    clock.advance(HOUR);
    const snapshot = await store.backup();
    clock.advance(HOUR);
    await store.saveReport(record.id, { ...mengzhou2025(), intro: '备份之后的修改' });
    await store.newFromPrior(record.id);

    clock.advance(HOUR);
    await store.restoreBackup(snapshot.name);
    expect((await store.openReport(record.id)).report.intro).toBe(mengzhou2025().intro);
    expect(await store.listReports()).toHaveLength(1);
    const aside = readdirSync(dir).filter(
      (n) => n.startsWith(`${DATABASE_FILE}.before-restore-`) && !n.endsWith('-wal') && !n.endsWith('-shm'),
    );
    expect(aside).toHaveLength(1);
    expect(yearsIn(join(dir, aside[0]!))).toEqual([2025, 2026]);

    // the store works on the restored file
    await store.saveReport(record.id, { ...mengzhou2025(), intro: '恢复后继续写' });
    store.close();
    clock.advance(HOUR);
    const reopened = openIn(dir, clock.now);
    expect((await reopened.openReport(record.id)).report.intro).toBe('恢复后继续写');
    // the restored content changed after the restore: the open makes a fresh backup of it
    expect((await reopened.listBackups())[0]!.createdAt).toBe(
      clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, '.000Z'),
    );
    expect((await reopened.listOrgans()).map((o) => o.name)).toEqual([MENGZHOU]);
    reopened.close();
  });

  it('refuses names that are not its backups, missing backups and damaged backups, leaving the live database alone', async () => {
    const dir = tempDir();
    const store = openIn(dir);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    for (const name of [
      '../nianbao.sqlite',
      '..\\nianbao.sqlite',
      '/etc/passwd',
      'nianbao-20260101T000000Z-c1.sqlite/../../x',
    ]) {
      const error = await apiError(() => store.restoreBackup(name));
      expect(error.code).toBe('INVALID_ARGS');
      expect(error.message).toContain('不是年报助手的备份文件名');
    }
    expect((await apiError(() => store.restoreBackup('nianbao-20990101T000000Z-c1.sqlite'))).code).toBe('NOT_FOUND');

    const fake = 'nianbao-20250101T000000Z-c3.sqlite';
    writeFileSync(
      join(dir, BACKUP_FOLDER, fake),
      'not a database at all, just text that is long enough to fill a header',
    );
    const error = await apiError(() => store.restoreBackup(fake));
    expect(error.message).toMatch(/已损坏，不能用于恢复/);
    expect((await store.openReport(record.id)).report).toEqual(mengzhou2025());
    store.close();
  });
});
