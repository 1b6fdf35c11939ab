/**
 * The worker pool of a many-units check (tinypool): one file per task, as many threads as cores. Only the
 * CLI uses it; tinypool loads its own worker entry from beside its module file, so it stays unbundled.
 */
import { existsSync } from 'node:fs';
import { checkOneFile, type CheckedFile } from './check-file';
import { checkInThread, type TaskRunner } from './in-thread';

/** Tasks in flight at once: enough to keep every thread busy, few enough to keep memory flat. */
const POOL_WINDOW = 256;

/**
 * A runner on `threads` worker threads running `workerFile` (dist/cli/check-worker.cjs). A handful of
 * files is quicker in this thread than a bundle load per thread; a missing worker file means this thread.
 */
export function poolRunner(workerFile: string, threads: number): TaskRunner {
  return async (tasks, progress) => {
    const size = Math.max(1, Math.min(threads, tasks.length));
    if (!existsSync(workerFile) || tasks.length <= size) return checkInThread(tasks, progress);
    const { Tinypool } = await import('tinypool');
    const pool = new Tinypool({ filename: workerFile, minThreads: size, maxThreads: size });
    // a worker that fails to start emits 'error' as well as rejecting its task; the task is retried here
    pool.on('error', () => {});
    const results: CheckedFile[] = new Array(tasks.length);
    let next = 0;
    const lane = async () => {
      while (next < tasks.length) {
        const i = next++;
        try {
          results[i] = (await pool.run(tasks[i])) as CheckedFile;
        } catch {
          // the worker died or could not start (checkOneFile itself never throws): this thread takes the file
          results[i] = await checkOneFile(tasks[i]!);
        }
        progress();
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(POOL_WINDOW, tasks.length) }, lane));
    } finally {
      await pool.destroy();
    }
    return results;
  };
}
