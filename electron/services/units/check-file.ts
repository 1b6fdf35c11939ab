/**
 * Read, parse and check one file of a many-units check. The body of a pool worker, and of the
 * in-process path: it never throws, so that one failing file never stops the run.
 */
import { ApiError } from '../../../shared/api';
import type { Report } from '../../../shared/report';
import { runRules, type Finding, type RuleContext } from '../../../shared/rules';
import type { ImportFormat } from '../import';
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
      /** the rules without last year's report: the run pairs years once every file is read */
      findings: Finding[];
      importNotes: number;
    }
  | { ok: false; message: string };

export function unexpectedFailure(error: unknown): string {
  return `出现意外错误：${error instanceof Error ? error.message : String(error)}。请用 nianbao check 单独核对此文件，或将文件另存后重试。`;
}

export async function checkOneFile(task: CheckTask): Promise<CheckedFile> {
  try {
    const read = await readReportFile(task.path);
    const findings = runRules(read.report, { today: task.today, final: task.final });
    return { ok: true, format: read.format, report: read.report, findings, importNotes: read.issues.length };
  } catch (error) {
    return { ok: false, message: error instanceof ApiError ? error.message : unexpectedFailure(error) };
  }
}
