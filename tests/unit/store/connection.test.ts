import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { DATABASE_FILE, openStore, SCHEMA_VERSION } from '../../../electron/services/store';
import { mengzhou2025, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

const NODE_ADDON = join(__dirname, '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node');

describe('the database file and its connection', () => {
  it('is a WAL database with incremental auto-vacuum at the current schema version', async () => {
    const dir = tempDir();
    openStore({ dir }).close();
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2); // 2 = INCREMENTAL
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('loads the addon given as nativeBinding, and fails on a missing one', async () => {
    const store = openStore({ dir: tempDir(), nativeBinding: NODE_ADDON });
    expect((await store.importReport(mengzhou2025(), 'draft', false)).year).toBe(2025);
    store.close();
    expect(() => openStore({ dir: tempDir(), nativeBinding: join(tempDir(), 'missing.node') })).toThrow();
  });

  it('says in Chinese that the file is in use when another process holds the write lock too long', async () => {
    const dir = tempDir();
    const store = openStore({ dir, busyTimeoutMs: 100, lockWaitMs: 300 });
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const other = new Database(join(dir, DATABASE_FILE));
    other.exec('BEGIN IMMEDIATE');
    let caught: unknown;
    try {
      await store.saveReport(record.id, { ...mengzhou2025(), intro: '被锁住时的修改' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('FILE_LOCKED');
    expect((caught as ApiError).message).toContain('数据正在被另一个程序（另一个年报助手窗口或命令行）使用');
    other.exec('COMMIT');
    other.close();
    expect((await store.saveReport(record.id, { ...mengzhou2025(), intro: '解锁后的修改' })).changed).toBe(true);
    store.close();
  });
});
