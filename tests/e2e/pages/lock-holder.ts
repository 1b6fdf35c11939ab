import { spawn } from 'node:child_process';

/**
 * Holds the database's write lock from a separate Node process for `ms` milliseconds, as the CLI or a
 * second program using the same file would: `BEGIN IMMEDIATE` on its own connection, then ROLLBACK.
 * Resolves once the lock is taken; `released` resolves when the holder has let go (and exited), with
 * the time it did so, so a spec can tell what happened before and after.
 */
export async function holdWriteLockFromAnotherProcess(
  dbPath: string,
  ms: number,
): Promise<{ takenAt: number; released: Promise<number>; pid: number }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1], { fileMustExist: true });
    db.exec('BEGIN IMMEDIATE');
    console.log('LOCKED');
    setTimeout(() => {
      db.exec('ROLLBACK');
      db.close();
      console.log('RELEASED');
    }, Number(process.argv[2]));
  `;
  const child = spawn(process.execPath, ['-e', script, dbPath, String(ms)], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.setEncoding('utf8');
  let takenAt = 0;
  let releasedAt = 0;
  const taken = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      if (chunk.includes('LOCKED') && !takenAt) {
        takenAt = Date.now();
        resolve();
      }
      if (chunk.includes('RELEASED')) releasedAt = Date.now();
    });
    child.once('exit', (code) => {
      if (!takenAt) reject(new Error(`the lock holder exited (${code}) before taking the lock`));
    });
  });
  const released = new Promise<number>((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 && releasedAt ? resolve(releasedAt) : reject(new Error(`the lock holder failed (exit ${code})`)),
    ),
  );
  released.catch(() => {});
  await taken;
  return { takenAt, released, pid: child.pid! };
}
