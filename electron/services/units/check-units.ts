/**
 * A many-units check (多单位核对): every file read and checked on all cores, then reports of the same
 * organ in consecutive years paired for the cross-year rules, and one overview row per file.
 * Used by `nianbao check DIR…`, `nianbao aggregate` and the app's 多单位核对 page.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Report } from '../../../shared/report';
import { runRules, type Finding, type RuleContext } from '../../../shared/rules';
import { checkedRow, pairPriors, unreadableRow, type OverviewRow } from '../../../shared/units';
import { checkOneFile, type CheckedFile, type CheckTask } from './check-file';
import type { Collected, CollectedFile } from './collect';

export interface UnitCheckOptions {
  today?: RuleContext['today'];
  final?: boolean;
  /**
   * The worker script (dist/cli/check-worker.cjs, or the .ts source with a loader in execArgv).
   * null or a missing file: every file is checked in this thread, one after the other.
   */
  worker?: { file: string; execArgv?: string[] } | null;
  /** how many worker threads; default one per core */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface CheckedUnit {
  row: OverviewRow;
  /** null when the file could not be read */
  report: Report | null;
  findings: Finding[];
}

/** Tasks handed to the pool at once: enough to keep every thread busy, few enough to keep memory flat. */
const POOL_WINDOW = 256;

async function checkInPool(
  tasks: readonly CheckTask[],
  worker: { file: string; execArgv?: string[] },
  threads: number,
  progress: () => void,
): Promise<CheckedFile[]> {
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: worker.file,
    minThreads: threads,
    maxThreads: threads,
    execArgv: worker.execArgv,
  });
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
}

async function checkInThread(tasks: readonly CheckTask[], progress: () => void): Promise<CheckedFile[]> {
  const results: CheckedFile[] = [];
  for (const task of tasks) {
    results.push(await checkOneFile(task));
    progress();
  }
  return results;
}

export async function checkUnits(collected: Collected, options: UnitCheckOptions = {}): Promise<CheckedUnit[]> {
  const readable = collected.files.filter((f) => f.refused === undefined);
  const tasks: CheckTask[] = readable.map((f) => ({ path: f.path, today: options.today, final: options.final }));
  let done = 0;
  const progress = () => options.onProgress?.(++done, tasks.length);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), tasks.length));
  const worker = options.worker && existsSync(options.worker.file) ? options.worker : null;
  // a pool costs a bundle load per thread: a handful of files is quicker here
  const checked =
    worker && tasks.length > threads
      ? await checkInPool(tasks, worker, threads, progress)
      : await checkInThread(tasks, progress);

  const byFile = new Map<CollectedFile, CheckedFile>(readable.map((f, i) => [f, checked[i]!]));
  const all = collected.files.map((file) => ({
    file,
    result: byFile.get(file) ?? ({ ok: false, message: file.refused! } as CheckedFile),
  }));
  const priors = pairPriors(
    all.map(({ result }) => (result.ok ? { organ: result.report.organ.name, year: result.report.year } : null)),
  );

  const units: CheckedUnit[] = all.map(({ file, result }, i) => {
    if (!result.ok) return { row: unreadableRow(file.display, result.message), report: null, findings: [] };
    const priorIndex = priors[i];
    const prior = priorIndex === null || priorIndex === undefined ? null : all[priorIndex]!;
    const findings =
      prior && prior.result.ok
        ? runRules(result.report, { prior: prior.result.report, today: options.today, final: options.final })
        : result.findings;
    return {
      row: checkedRow({
        file: file.display,
        format: result.format,
        report: result.report,
        findings,
        importNotes: result.importNotes,
        prior: prior ? prior.file.display : null,
      }),
      report: result.report,
      findings,
    };
  });
  for (const m of collected.missing) units.push({ row: unreadableRow(m.path, m.message), report: null, findings: [] });
  return units;
}
