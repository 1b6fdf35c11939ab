/**
 * A many-units check (多单位核对): every file read and checked (on all cores when a pool runner is
 * given), then reports of the same organ in consecutive years paired for the cross-year rules, and one
 * overview row per file. Used by `nianbao check DIR…`, `nianbao aggregate` and the app's 多单位核对 page.
 */
import type { Report } from '../../../shared/report';
import { runRules, type Finding, type RuleContext } from '../../../shared/rules';
import { checkedRow, pairPriors, unreadableRow, type OverviewRow } from '../../../shared/units';
import type { CheckedFile, CheckTask } from './check-file';
import type { Collected } from './collect';
import { checkInThread, type TaskRunner } from './in-thread';

export interface UnitCheckOptions {
  today?: RuleContext['today'];
  final?: boolean;
  /** runs the file checks: a worker pool (poolRunner) or, by default, this thread one after the other */
  runTasks?: TaskRunner;
  onProgress?: (done: number, total: number) => void;
}

export interface CheckedUnit {
  row: OverviewRow;
  /** null when the file could not be read */
  report: Report | null;
  findings: Finding[];
  /** last year's report when the run paired one */
  prior: Report | null;
}

/** Pairs years among checked files and makes the rows; the cross-year rules run here for paired reports. */
export function overviewOf(
  entries: ReadonlyArray<{ display: string; result: CheckedFile }>,
  options: Pick<UnitCheckOptions, 'today' | 'final'> = {},
): CheckedUnit[] {
  const priors = pairPriors(
    entries.map(({ result }) => (result.ok ? { organ: result.report.organ.name, year: result.report.year } : null)),
  );
  return entries.map(({ display, result }, i) => {
    if (!result.ok) return { row: unreadableRow(display, result.message), report: null, findings: [], prior: null };
    const priorIndex = priors[i] ?? null;
    const prior = priorIndex === null ? null : entries[priorIndex]!;
    const priorReport = prior?.result.ok ? prior.result.report : null;
    const findings = priorReport
      ? runRules(result.checked, { prior: priorReport, today: options.today, final: options.final })
      : result.findings;
    return {
      row: checkedRow({
        file: display,
        format: result.format,
        report: result.report,
        findings,
        importNotes: result.importNotes,
        prior: prior ? prior.display : null,
      }),
      report: result.report,
      findings,
      prior: priorReport,
    };
  });
}

export async function checkUnits(collected: Collected, options: UnitCheckOptions = {}): Promise<CheckedUnit[]> {
  const readable = collected.files.filter((f) => f.refused === undefined);
  const tasks: CheckTask[] = readable.map((f) => ({ path: f.path, today: options.today, final: options.final }));
  let done = 0;
  const progress = () => options.onProgress?.(++done, tasks.length);
  const checked = await (options.runTasks ?? checkInThread)(tasks, progress);
  const results = new Map(readable.map((f, i) => [f, checked[i]!]));
  const entries = [
    ...collected.files.map((file) => ({
      display: file.display,
      result: results.get(file) ?? ({ ok: false, message: file.refused! } as CheckedFile),
    })),
    ...collected.missing.map((m) => ({ display: m.path, result: { ok: false, message: m.message } as CheckedFile })),
  ];
  return overviewOf(entries, options);
}
