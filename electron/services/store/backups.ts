/**
 * Backup files in <dir>/backups: consistent snapshots of the live database, written to a temporary name
 * and renamed, the newest BACKUPS_KEPT kept.
 */
import type { Database } from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api';
import type { BackupInfo } from './types';
import { fileStamp, isoTime, parseFileStamp } from './time';

export const BACKUP_FOLDER = 'backups';
export const BACKUPS_KEPT = 7;
/** A running app backs up again once the newest backup is this old and something has changed. */
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

const BACKUP_NAME = /^nianbao-(\d{8}T\d{6}Z)(?:-(\d+))?-c(\d+)\.sqlite$/;
const TEMP_SUFFIX = '.tmp';

export interface BackupFile extends BackupInfo {
  /** the database's change counter when the backup was taken */
  changeSeq: number;
  /** orders two backups of the same content taken within one second */
  duplicate: number;
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER);
}

/** fsync a file, then its folder (where the platform allows opening a folder), so a rename is durable */
export function syncFileAndFolder(file: string, folder: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    const dirFd = openSync(folder, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself
  }
}

export function listBackupFiles(dataDir: string): BackupFile[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  const files: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    const m = BACKUP_NAME.exec(name);
    const created = m && parseFileStamp(m[1]!);
    if (!m || !created) continue;
    files.push({
      name,
      createdAt: isoTime(created),
      bytes: statSync(join(dir, name)).size,
      changeSeq: Number(m[3]),
      duplicate: Number(m[2] ?? 1),
    });
  }
  // newest first; within one second the change counter only grows (a restore moves it past every backup)
  return files.sort(
    (a, b) =>
      Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.changeSeq - a.changeSeq || b.duplicate - a.duplicate,
  );
}

/** Resolves a backup name given by the renderer to its file, refusing anything that is not one of ours. */
export function backupPath(dataDir: string, name: string): string {
  if (!BACKUP_NAME.test(name)) throw new ApiError('INVALID_ARGS', `“${name}”不是年报助手的备份文件名`);
  const path = join(backupDir(dataDir), name);
  if (!existsSync(path)) throw new ApiError('NOT_FOUND', `找不到备份“${name}”，它可能已被删除`);
  return path;
}

function newBackupName(dataDir: string, now: Date, changeSeq: number): string {
  const stamp = fileStamp(now);
  let name = `nianbao-${stamp}-c${changeSeq}.sqlite`;
  for (let n = 2; existsSync(join(backupDir(dataDir), name)); n++) name = `nianbao-${stamp}-${n}-c${changeSeq}.sqlite`;
  return name;
}

function prepareTarget(dataDir: string, now: Date, changeSeq: number) {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  for (const stale of readdirSync(dir).filter((n) => n.endsWith(TEMP_SUFFIX)))
    rmSync(join(dir, stale), { force: true });
  const name = newBackupName(dataDir, now, changeSeq);
  return { dir, name, final: join(dir, name), temp: join(dir, `${name}${TEMP_SUFFIX}`) };
}

function finish(dataDir: string, target: ReturnType<typeof prepareTarget>): BackupInfo {
  syncFileAndFolder(target.temp, target.dir);
  renameSync(target.temp, target.final);
  syncFileAndFolder(target.final, target.dir);
  pruneBackups(dataDir);
  const info = listBackupFiles(dataDir).find((b) => b.name === target.name)!;
  return { name: info.name, createdAt: info.createdAt, bytes: info.bytes };
}

/** Synchronous snapshot (VACUUM INTO: one consistent read transaction, compacted output). */
export function writeBackupSync(db: Database, dataDir: string, now: Date, changeSeq: number): BackupInfo {
  const target = prepareTarget(dataDir, now, changeSeq);
  try {
    db.prepare('VACUUM INTO ?').run(target.temp);
    return finish(dataDir, target);
  } catch (error) {
    rmSync(target.temp, { force: true });
    throw error;
  }
}

/** The SQLite online backup API: copies in steps and lets the event loop run between them. */
export async function writeBackupAsync(
  db: Database,
  dataDir: string,
  now: Date,
  changeSeq: number,
): Promise<BackupInfo> {
  const target = prepareTarget(dataDir, now, changeSeq);
  try {
    await db.backup(target.temp);
    return finish(dataDir, target);
  } catch (error) {
    rmSync(target.temp, { force: true });
    throw error;
  }
}

export function pruneBackups(dataDir: string, keep: number = BACKUPS_KEPT): void {
  for (const old of listBackupFiles(dataDir).slice(keep)) rmSync(join(backupDir(dataDir), old.name), { force: true });
}
