/**
 * Backup files in <dir>/backups: consistent snapshots of the live database, written to a temporary name
 * and renamed, the newest BACKUPS_KEPT kept.
 */
import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
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
/**
 * A backup is written to `<name>.<pid>-<random>.tmp` (SQLite adds `-journal` beside it while VACUUM INTO
 * runs) and renamed when complete. The writer's process id is in the name so that another process
 * (a second window, the CLI) never deletes a backup still being written; leftovers of a process that
 * no longer runs are removed at open (removeStaleTemps).
 */
const TEMP_NAME = /\.(\d+)-[0-9a-f]+\.tmp(?:-journal)?$|\.tmp(?:-journal)?$/;
/** Owner-only: the backups hold every draft, like the database itself. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

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

/** Whether a process with this id runs (ours always does). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

/**
 * Removes temporary files of backups whose writer no longer runs (killed, crashed, power cut); a temp
 * file of a running process is left alone. Names without a process id come from older versions.
 */
export function removeStaleTemps(dataDir: string): string[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const m = TEMP_NAME.exec(name);
    if (!m || (m[1] !== undefined && isRunning(Number(m[1])))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Owner-only permissions where the platform has them (Windows keeps its folder ACLs). */
export function makePrivate(path: string, mode: number): void {
  if (process.platform === 'win32') return;
  try {
    chmodSync(path, mode);
  } catch {
    // not ours to change (a folder chosen by NIANBAO_DATA_DIR owned by someone else): leave it
  }
}

function prepareTarget(dataDir: string, now: Date, changeSeq: number) {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const name = newBackupName(dataDir, now, changeSeq);
  const temp = join(dir, `${name}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  return { dir, name, final: join(dir, name), temp };
}

function finish(dataDir: string, target: ReturnType<typeof prepareTarget>): BackupInfo {
  makePrivate(target.temp, PRIVATE_FILE_MODE);
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
