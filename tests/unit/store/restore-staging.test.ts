/**
 * A restore's staged copy is named per process and per call (`nianbao.sqlite.restoring.<pid>-<random>`):
 * another process's copy is never written over nor deleted while that process runs, and copies left by a
 * process that no longer runs are finished or removed at the next open.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setCell } from '../../../shared/report';
import { DATABASE_FILE } from '../../../electron/services/store';
import { mengzhou2025, openIn, removeTempDirs, tempDir } from './helpers';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
  removeTempDirs();
});

/** The id of a process that runs for the length of the test (another window, the CLI). */
function runningPid(): number {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  running.push(child);
  return child.pid!;
}

/** The id of a process that has ended (killed in the middle of a restore). */
function endedPid(): number {
  return spawnSync('true').pid;
}

const staged = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.includes('.restoring'))
    .sort();

describe('staged restore copies', () => {
  it("a restore writes its own copy: another process's staged copy is neither written over nor removed", async () => {
    const dir = tempDir('restore-names');
    const store = openIn(dir);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const backup = await store.backup();
    await store.saveReport(record.id, setCell(record.report, 'T2.licensing.decisions', '8'));
    const live = join(dir, DATABASE_FILE);
    // another process, mid-restore, under the name older versions shared and under its own name
    const others = [`${live}.restoring`, `${live}.restoring.${runningPid()}-0a1b2c3d`];
    for (const file of others) writeFileSync(file, `另一个进程的恢复副本 ${file}`);
    await store.restoreBackup(backup.name);
    for (const file of others) expect(readFileSync(file, 'utf8')).toBe(`另一个进程的恢复副本 ${file}`);
    expect((await store.openReport(record.id)).report.tables.T2.licensing!.decisions).toBe(
      record.report.tables.T2.licensing!.decisions,
    );
    // its own copy was renamed in: none of this process's is left
    expect(staged(dir).filter((n) => n.includes(`.${process.pid}-`))).toEqual([]);
    store.close();
  });

  it('at open: a running process’s copy is left alone, an ended one’s beside the live file is removed', async () => {
    const dir = tempDir('restore-leftovers');
    openIn(dir).close();
    const live = join(dir, DATABASE_FILE);
    const runningCopy = `${live}.restoring.${runningPid()}-00112233`;
    const endedCopy = `${live}.restoring.${endedPid()}-44556677`;
    for (const file of [runningCopy, endedCopy]) writeFileSync(file, 'x');
    openIn(dir).close();
    expect(existsSync(runningCopy)).toBe(true);
    expect(existsSync(endedCopy)).toBe(false);
  });

  it('at open: a restore killed after moving the live file aside is finished from its own named copy', async () => {
    const dir = tempDir('restore-killed');
    const store = openIn(dir);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const backup = await store.backup();
    await store.saveReport(record.id, setCell(record.report, 'T2.licensing.decisions', '8'));
    store.close();
    const live = join(dir, DATABASE_FILE);
    copyFileSync(join(dir, 'backups', backup.name), `${live}.restoring.${endedPid()}-8899aabb`);
    renameSync(live, `${live}.before-restore-test`);
    const reopened = openIn(dir);
    expect(reopened.recovery).toBeNull();
    expect(staged(dir)).toEqual([]);
    expect((await reopened.openReport(record.id)).report.tables.T2.licensing!.decisions).toBe(
      record.report.tables.T2.licensing!.decisions,
    );
    reopened.close();
  });
});
