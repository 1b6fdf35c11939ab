/**
 * Where the pool's worker script is: the bundled CLI has dist/cli/check-worker.cjs beside it. Run from
 * source (npm run cli) there is none, and the files are checked in the one thread (worker threads do
 * not take tsx's loader on Node 20).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { TaskRunner } from '../../services/units/in-thread';
import { poolRunner } from '../../services/units/pool';

export const BUNDLED_WORKER = 'check-worker.cjs';

export function cliWorker(entry = process.argv[1]): string | null {
  if (!entry) return null;
  const bundled = join(dirname(resolve(entry)), BUNDLED_WORKER);
  return existsSync(bundled) ? bundled : null;
}

/** undefined: the bundled worker if there is one; null: this thread. One thread per core unless told. */
export function runnerFor(worker: string | null | undefined, jobs: number | null | undefined): TaskRunner | undefined {
  const file = worker === undefined ? cliWorker() : worker;
  return file === null ? undefined : poolRunner(file, jobs ?? availableParallelism());
}
