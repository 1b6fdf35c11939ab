/**
 * Where the pool's worker script is: the bundled CLI has dist/cli/check-worker.cjs beside it. Run from
 * source (npm run cli) there is none, and the files are checked in the one thread (worker threads do
 * not take tsx's loader on Node 20).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const BUNDLED_WORKER = 'check-worker.cjs';

export function cliWorker(entry = process.argv[1]): { file: string } | null {
  if (!entry) return null;
  const here = dirname(resolve(entry));
  const bundled = join(here, BUNDLED_WORKER);
  return existsSync(bundled) ? { file: bundled } : null;
}
