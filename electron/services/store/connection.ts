/**
 * Opening the database file: the read-only health check before anything writes, moving a damaged file
 * aside, and the connection settings every writer uses.
 */
import Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api';
import { isLockedError, LOCKED_MESSAGE } from './storage-errors';
import { SCHEMA_VERSION } from './migrations';
import { fileStamp } from './time';

import { DATABASE_FILE } from './data-dir';

export { DATABASE_FILE };
/** SQLite's companion files of a database, named by suffix */
export const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;
/**
 * How long one attempt at a write waits inside SQLite (busy_timeout, a synchronous wait) for another
 * process (the CLI, a second window) to finish its transaction. Short, so the store process keeps
 * answering reads; the store retries asynchronously for LOCK_WAIT_MS (store.ts) before it reports
 * FILE_LOCKED, and the renderer's autosave keeps retrying after that.
 */
export const BUSY_TIMEOUT_MS = 100;
/**
 * At open nothing else runs in the store process yet, so a longer synchronous wait blocks nobody and
 * lets a migration or the first backup wait out a short transaction of the CLI.
 */
export const OPEN_BUSY_TIMEOUT_MS = 5000;

export interface ConnectionOptions {
  nativeBinding?: string;
  busyTimeoutMs?: number;
}

// named in storage-errors.ts, which the CLI loads without the native module
export { isLockedError, LOCKED_MESSAGE } from './storage-errors';

export type Health = { state: 'missing' } | { state: 'ok'; version: number } | { state: 'damaged'; reason: string };

const DAMAGE_CODES = new Set([
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
  'SQLITE_CORRUPT_INDEX',
  'SQLITE_CORRUPT_SEQUENCE',
  'SQLITE_CORRUPT_VTAB',
]);

function isDamageError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGE_CODES.has(code);
}

export function futureVersionMessage(path: string, version: number): string {
  return (
    `数据库文件“${path}”由更新版本的年报助手创建（数据结构版本 ${version}，本程序只认识到版本 ${SCHEMA_VERSION}），` +
    '本程序不能打开它，也没有改动它。请安装最新版本的年报助手后再打开。'
  );
}

/**
 * Looks at an existing file read-only, so that a file this code must not touch (damaged, or from a newer
 * version) is never written to. A database that is merely locked is not damage: that error propagates.
 */
export function inspectDatabase(path: string, options: ConnectionOptions = {}): Health {
  if (!existsSync(path)) return { state: 'missing' };
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? OPEN_BUSY_TIMEOUT_MS}`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new ApiError('UNSUPPORTED', futureVersionMessage(path, version));
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length > 0) return { state: 'damaged', reason: problems.slice(0, 3).join('; ') };
    return { state: 'ok', version };
  } catch (error) {
    if (isDamageError(error)) return { state: 'damaged', reason: error.message };
    if (isLockedError(error)) throw new ApiError('FILE_LOCKED', LOCKED_MESSAGE);
    throw error;
  } finally {
    db?.close();
  }
}

function asideName(path: string, label: string, now: Date): string {
  const taken = (name: string) => existsSync(name) || COMPANION_SUFFIXES.some((suffix) => existsSync(name + suffix));
  let target = `${path}.${label}-${fileStamp(now)}`;
  for (let n = 2; taken(target); n++) target = `${path}.${label}-${fileStamp(now)}-${n}`;
  return target;
}

function moveCompanions(path: string, target: string): void {
  for (const suffix of COMPANION_SUFFIXES) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
}

/** Renames the database and its companion files to `<file>.<label>-<time>`; never deletes anything. */
export function moveAside(path: string, label: string, now: Date): string {
  const target = asideName(path, label, now);
  renameSync(path, target);
  moveCompanions(path, target);
  return target;
}

/**
 * A -wal or -shm left behind without its database belongs to a file that is gone; creating the new file
 * would reset it. Like everything else, it is renamed aside rather than lost.
 */
export function moveOrphanCompanions(path: string, now: Date): string | null {
  if (existsSync(path) || !COMPANION_SUFFIXES.some((suffix) => existsSync(path + suffix))) return null;
  const target = asideName(path, 'orphan', now);
  moveCompanions(path, target);
  return target;
}

/**
 * synchronous=FULL: in WAL mode, NORMAL only syncs at checkpoints, so a commit acknowledged just before a
 * power cut can be lost (the file stays consistent, the last autosaves do not). FULL syncs the WAL at every
 * commit. Autosaves are debounced to a few a second at most, and one fsync per save costs well under a
 * millisecond here (see tests/bench), so the promise "an acknowledged autosave survives" is affordable.
 */
export function configureConnection(db: Database.Database, busyTimeoutMs: number = OPEN_BUSY_TIMEOUT_MS): void {
  // only effective before the first table exists; afterwards SQLite ignores it
  db.pragma('auto_vacuum = INCREMENTAL');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
}

/** After opening: each write attempt waits only briefly (BUSY_TIMEOUT_MS), the store retries asynchronously. */
export function shortenBusyTimeout(db: Database.Database, busyTimeoutMs: number = BUSY_TIMEOUT_MS): void {
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
}

export function openConnection(path: string, options: ConnectionOptions = {}): Database.Database {
  const db = new Database(path, { nativeBinding: options.nativeBinding });
  try {
    configureConnection(db, options.busyTimeoutMs);
    return db;
  } catch (error) {
    db.close();
    if (isLockedError(error)) throw new ApiError('FILE_LOCKED', LOCKED_MESSAGE);
    throw error;
  }
}

export function displayName(path: string): string {
  return basename(path);
}
