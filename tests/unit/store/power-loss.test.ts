/**
 * Power loss: what survives a power cut is what reached the disk, and the only way a program makes sure
 * of that is fsync/fdatasync. A SIGKILL (crash.test.ts) cannot show the difference: the kernel still
 * holds unflushed pages and writes them later. So this test watches the sync calls themselves, without
 * strace: a small LD_PRELOAD shim (power-loss/sync-log.c, compiled here with the system's C compiler)
 * logs every fsync/fdatasync with the file's path, interleaved with the writer's own acknowledgements.
 *
 * It holds when every acknowledged save was preceded by a sync of the WAL since the previous
 * acknowledgement (synchronous=FULL; NORMAL syncs only at checkpoints, OFF never), and every backup
 * file was synced before it was renamed into place, and its folder after. The same check is run on a
 * writer switched to synchronous=OFF and must fail there, so it can fail.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

const HERE = join(__dirname, 'power-loss');
const compiler = ['cc', 'gcc', 'clang'].find((c) => spawnSync(c, ['--version']).status === 0);

function runWriter(synchronous?: string): string[] {
  const work = tempDir('power');
  const shim = join(work, 'sync-log.so');
  execFileSync(compiler!, ['-shared', '-fPIC', '-O2', '-o', shim, join(HERE, 'sync-log.c'), '-ldl']);
  const log = join(work, 'sync.log');
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'writer.ts'), join(work, 'data'), log], {
    env: {
      ...process.env,
      LD_PRELOAD: shim,
      NIANBAO_SYNC_LOG: log,
      ...(synchronous ? { NIANBAO_TEST_SYNCHRONOUS: synchronous } : {}),
    },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  expect(existsSync(log)).toBe(true);
  return readFileSync(log, 'utf8').trim().split('\n');
}

/** Acknowledged saves with no sync of the WAL since the acknowledgement before. */
function unsyncedSaves(lines: string[]): number {
  let synced = false;
  let unsynced = 0;
  for (const line of lines) {
    if (/^(fsync|fdatasync) .*nianbao\.sqlite-wal$/.test(line)) synced = true;
    else if (line === 'ack save') {
      if (!synced) unsynced++;
      synced = false;
    } else if (line.startsWith('ack ')) synced = false;
  }
  return unsynced;
}

describe.skipIf(process.platform !== 'linux' || !compiler)('power loss (fsync path, LD_PRELOAD)', () => {
  it('syncs the WAL before every acknowledged save and a backup before and after its rename', () => {
    const lines = runWriter();
    expect(lines.find((l) => l.startsWith('pragma'))).toBe('pragma wal 2'); // journal_mode=WAL, synchronous=FULL on the store's own connection
    const saves = lines.filter((l) => l === 'ack save').length;
    expect(saves).toBe(12);
    expect(unsyncedSaves(lines)).toBe(0);
    const backupPart = lines.slice(lines.lastIndexOf('ack save'));
    const tempSync = backupPart.findIndex((l) => /^f(data)?sync .*\/backups\/nianbao-.*\.tmp$/.test(l));
    const finalSync = backupPart.findIndex((l) => /^f(data)?sync .*\/backups\/nianbao-[^/]*\.sqlite$/.test(l));
    // the folder after the temp file: the rename is durable (SQLite may sync the folder earlier too)
    const folderSync = backupPart.findIndex((l, i) => i > tempSync && /^f(data)?sync .*\/backups$/.test(l));
    expect(tempSync, backupPart.join('\n')).toBeGreaterThan(0);
    expect(folderSync).toBeGreaterThan(tempSync);
    expect(finalSync).toBeGreaterThan(tempSync);
    console.log(
      `power loss: ${saves} acknowledged saves, each after a WAL sync; ${lines.filter((l) => /^f/.test(l)).length} sync calls in all`,
    );
  });

  it.each([
    ['OFF', 0],
    ['NORMAL', 1],
  ])('catches a writer whose acknowledged saves were not synced (synchronous=%s)', (setting, code) => {
    const lines = runWriter(String(setting));
    expect(lines.find((l) => l.startsWith('pragma'))).toBe(`pragma wal ${code}`);
    // OFF never syncs; NORMAL syncs the WAL only at checkpoints, so (almost) every save goes unsynced
    expect(unsyncedSaves(lines)).toBeGreaterThanOrEqual(setting === 'OFF' ? 12 : 10);
  });
});
