/**
 * A restore copies the chosen backup beside the database (complete and fsynced), moves the live file
 * aside and renames the copy in. The copy's name carries the restoring process's id and a random part,
 * `nianbao.sqlite.restoring.<pid>-<random>`, so two processes (a second window, the CLI) restoring at
 * once never write over each other's copy, and an open never deletes the copy of a restore still running.
 * Copies left by a process that no longer runs are dealt with at open (finishInterruptedRestore).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './backups';
import { inspectDatabase, moveOrphanCompanions, type ConnectionOptions } from './connection';

const STAGED_SUFFIX = '.restoring';

/** A new staged copy's path for one restore of this process. */
export function newStagedRestorePath(path: string): string {
  return `${path}${STAGED_SUFFIX}.${process.pid}-${randomBytes(4).toString('hex')}`;
}

interface StagedCopy {
  file: string;
  /** absent: the name of older versions (`nianbao.sqlite.restoring`), whose writer is long gone */
  pid?: number;
}

/** The staged copies beside `path` whose writer no longer runs. */
function abandonedCopies(path: string): StagedCopy[] {
  const prefix = basename(path) + STAGED_SUFFIX;
  const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}(?:\\.(\\d+)-[0-9a-f]+)?$`);
  const copies: StagedCopy[] = [];
  for (const name of readdirSync(dirname(path))) {
    const m = pattern.exec(name);
    if (!m) continue;
    const pid = m[1] === undefined ? undefined : Number(m[1]);
    // a copy of this process at open is a leftover of an earlier process that had the same id
    if (pid !== undefined && pid !== process.pid && isRunning(pid)) continue;
    copies.push({ file: join(dirname(path), name), pid });
  }
  return copies;
}

function isSound(file: string, options: ConnectionOptions): boolean {
  try {
    return inspectDatabase(file, options).state === 'ok';
  } catch {
    return false;
  }
}

/**
 * A restore killed between moving the live file aside and renaming its (complete, fsynced) copy in leaves
 * no live file: finish it with the newest sound copy. Copies beside a live file are restores that had not
 * started replacing anything: removed. Copies of a restore still running in another process: left alone.
 */
export function finishInterruptedRestore(path: string, now: Date, options: ConnectionOptions): void {
  const copies = abandonedCopies(path);
  if (copies.length === 0) return;
  if (!existsSync(path)) {
    const newestFirst = [...copies].sort((a, b) => statSync(b.file).mtimeMs - statSync(a.file).mtimeMs);
    const sound = newestFirst.find((c) => isSound(c.file, options));
    if (sound) {
      // companions left behind belong to the file moved aside, never to the restored copy
      moveOrphanCompanions(path, now);
      renameSync(sound.file, path);
    }
  }
  for (const c of copies) rmSync(c.file, { force: true });
}
