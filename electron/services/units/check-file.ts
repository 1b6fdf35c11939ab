/**
 * Read, parse and check one file of a many-units check. The body of a pool worker, and of the
 * in-process path: it never throws, so that one failing file never stops the run.
 */
import { ApiError } from '../../../shared/api';
import { reportForChecking } from '../../../shared/import/answers';
import type { Report } from '../../../shared/report';
import { runRules, type Finding, type RuleContext } from '../../../shared/rules';
import type { ImportedFile, ImportFormat } from '../import';
import { readReportFile } from '../import/read-file';

export interface CheckTask {
  path: string;
  today?: RuleContext['today'];
  final?: boolean;
}

export type CheckedFile =
  | {
      ok: true;
      format: ImportFormat;
      report: Report;
      /** the report as the rules judge it, with what the file leaves open (reportForChecking) */
      checked: Report;
      /** the rules without last year's report: the run pairs years once every file is read */
      findings: Finding[];
      importNotes: number;
    }
  | { ok: false; message: string };

export function unexpectedFailure(error: unknown): string {
  return `出现意外错误：${error instanceof Error ? error.message : String(error)}。请用 nianbao check 单独核对此文件，或将文件另存后重试。`;
}

/** One read file, checked as the single-file check does: an open fact is checked without and counted as a note. */
export function checkedFrom(read: ImportedFile, context: Pick<CheckTask, 'today' | 'final'>): CheckedFile {
  const checked = reportForChecking(read.report, read.questions);
  const findings = runRules(checked, { today: context.today, final: context.final });
  const importNotes = read.issues.length + read.questions.length;
  return { ok: true, format: read.format, report: read.report, checked, findings, importNotes };
}

export async function checkOneFile(task: CheckTask): Promise<CheckedFile> {
  try {
    return checkedFrom(await readReportFile(task.path), task);
  } catch (error) {
    return { ok: false, message: error instanceof ApiError ? error.message : unexpectedFailure(error) };
  }
}
