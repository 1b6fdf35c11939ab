import { spawn } from 'node:child_process';

/**
 * Holds the database's write lock from a separate Node process, as the CLI or a second program using the
 * same file would: `BEGIN IMMEDIATE` on its own connection, then ROLLBACK. It holds for at least `ms`
 * milliseconds and until `release()` is called, so a spec on a slow machine is never overtaken by the
 * release. Resolves once the lock is taken; `released` resolves when the holder has let go (and
 * exited), with the time it did so; `heldMs` is how long the holder itself held the lock, by its own
 * clock from BEGIN IMMEDIATE to ROLLBACK (the times seen here are late by however long each line took
 * to arrive, which differs between the two lines on a loaded machine).
 */
export async function holdWriteLockFromAnotherProcess(
  dbPath: string,
  ms: number,
): Promise<{ takenAt: number; release: () => void; released: Promise<number>; heldMs: Promise<number>; pid: number }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1], { fileMustExist: true });
    db.exec('BEGIN IMMEDIATE');
    const lockedAt = performance.now();
    console.log('LOCKED');
    let minimumHeld = false;
    let asked = false;
    const letGo = () => {
      if (!minimumHeld || !asked) return;
      db.exec('ROLLBACK');
      const held = performance.now() - lockedAt;
      db.close();
      console.log('RELEASED ' + held);
      process.exit(0);
    };
    setTimeout(() => { minimumHeld = true; letGo(); }, Number(process.argv[2]));
    process.stdin.on('data', () => { asked = true; letGo(); });
  `;
  const child = spawn(process.execPath, ['-e', script, dbPath, String(ms)], {
    cwd: process.cwd(),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdout.setEncoding('utf8');
  let takenAt = 0;
  let releasedAt = 0;
  let heldFor = 0;
  const taken = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      if (chunk.includes('LOCKED') && !takenAt) {
        takenAt = Date.now();
        resolve();
      }
      const done = /RELEASED ([\d.]+)/.exec(chunk);
      if (done) {
        releasedAt = Date.now();
        heldFor = Number(done[1]);
      }
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
  const heldMs = released.then(() => heldFor);
  heldMs.catch(() => {});
  await taken;
  const release = () => child.stdin.write('release\n');
  return { takenAt, release, released, heldMs, pid: child.pid! };
}
