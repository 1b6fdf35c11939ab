/**
 * `nianbao check <文件或文件夹>… [--json] [--csv 文件] [--xlsx 文件] [--final] [--today YYYY-MM-DD] [--jobs N]`
 * Every report found, checked on all cores, one overview row per file. Exit 2 if a file could not be
 * read, else 1 if a report has an error, else 0.
 */
import { ApiError } from '../../../shared/api';
import { REPORT_FILE_KINDS_HINT } from '../../../shared/import/formats';
import { overviewCsv, overviewExitCode, overviewTotals, type OverviewRow } from '../../../shared/units';
import { writeFileAtomic } from '../../services/export/write-file';
import { checkUnits } from '../../services/units/check-units';
import { collectUnitFiles, TooManyFilesError } from '../../services/units/collect';
import { overviewXlsx } from '../../services/units/overview-xlsx';
import { UsageError } from '../args';
import { EXIT_UNREADABLE, parseToday } from '../check';
import type { CliIo } from '../io';
import { parseFolderArgs } from './options';
import { terminalProgress, type Progress } from './progress';
import { overviewSummary, overviewTable } from './table';
import { runnerFor } from './worker-file';

export interface FolderCheckDeps {
  progress?: Progress;
  /** the pool's worker script; null: every file in this thread (default: the bundled worker, if any) */
  worker?: string | null;
}

export function overviewJson(rows: readonly OverviewRow[]): string {
  return `${JSON.stringify({ rows, totals: overviewTotals(rows) }, null, 2)}\n`;
}

export async function runFolderCheck(argv: readonly string[], io: CliIo, deps: FolderCheckDeps = {}): Promise<number> {
  const options = parseFolderArgs(argv);
  const today = parseToday(options.today);
  let collected;
  try {
    collected = await collectUnitFiles(options.paths);
  } catch (error) {
    if (error instanceof TooManyFilesError) throw new UsageError(error.message);
    throw error;
  }
  if (collected.files.length === 0 && collected.missing.length === 0) {
    io.err(
      `没有找到可核对的报告文件（支持 ${REPORT_FILE_KINDS_HINT}）${collected.skipped ? `，跳过了 ${collected.skipped} 个其他文件` : ''}。请确认文件夹是否正确。\n`,
    );
    return EXIT_UNREADABLE;
  }

  const progress = deps.progress ?? terminalProgress();
  const units = await checkUnits(collected, {
    today,
    final: options.final,
    runTasks: runnerFor(deps.worker, options.jobs),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.finish();
  const rows = units.map((u) => u.row);

  let failed = false;
  const write = async (path: string, label: string, bytes: () => Promise<Uint8Array | string>) => {
    try {
      if (path === '-') io.out(String(await bytes()));
      else {
        writeFileAtomic(path, await bytes());
        io.err(`已写入${label}：${path}\n`);
      }
    } catch (error) {
      failed = true;
      io.err(`${label}未写入：${error instanceof ApiError ? error.message : String(error)}\n`);
    }
  };
  if (options.csv !== null) await write(options.csv, 'CSV 总览', async () => overviewCsv(rows));
  if (options.xlsx !== null) await write(options.xlsx, 'Excel 总览', () => overviewXlsx(rows));

  const stdoutTaken = options.csv === '-';
  if (options.json) io.out(overviewJson(rows));
  else if (!stdoutTaken) io.out(overviewTable(rows));
  else io.err(`${overviewSummary(rows)}\n`);
  if (collected.skipped > 0) io.err(`跳过了 ${collected.skipped} 个不是报告格式的文件（如表格、图片）。\n`);
  return failed ? EXIT_UNREADABLE : overviewExitCode(rows);
}
