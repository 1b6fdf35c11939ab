/**
 * Runs the built loopback host (dist/host/host.cjs, the same program `npm start` runs in browser mode)
 * as a process of its own, as the end-to-end fixture needs it: the Playwright worker only drives the
 * browser and reads the SQLite file, and a spec that holds the database's lock from the worker is
 * really another process than the host and its store process.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface SpawnedHost {
  url: string;
  origin: string;
  dataDir: string;
  dbPath: string;
  /** the host's process id (its store process is a child of it) */
  pid: number;
  close(): Promise<void>;
}

/** generous: two Node processes start on a machine shared by several test runs */
const START_TIMEOUT_MS = 30_000;
/** the host asks its store process to finish the calls in flight first */
const STOP_TIMEOUT_MS = 15_000;
const HOST_LINE = 'NIANBAO_HOST=';

export function spawnHost(options: { dataDir: string; projectRoot: string }): Promise<SpawnedHost> {
  const child = spawn(
    process.execPath,
    [
      join(options.projectRoot, 'dist', 'host', 'host.cjs'),
      '--data-dir',
      options.dataDir,
      '--root',
      options.projectRoot,
    ],
    { cwd: options.projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    errors += chunk;
    process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  return new Promise<SpawnedHost>((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`the host did not start within ${START_TIMEOUT_MS} ms\n${errors}`));
    }, START_TIMEOUT_MS);
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let newline;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (!line.startsWith(HOST_LINE)) continue;
        clearTimeout(timer);
        const info = JSON.parse(line.slice(HOST_LINE.length)) as Omit<SpawnedHost, 'close' | 'pid'>;
        resolve({ ...info, pid: child.pid!, close });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the host exited before it was ready (exit ${child.exitCode ?? child.signalCode})\n${errors}`));
    });
  });
}
