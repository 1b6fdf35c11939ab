/** `nianbao check <file> [--prior <file>] [--json] [--final] [--today YYYY-MM-DD]` */
import { readReportFile } from '../services/import/read-file';
import { runRules } from '../../shared/rules';
import { parseArgs, UsageError } from './args';
import { checkJson, checkText } from './check-output';
import { isFolderCheck } from './check-folder/options';
import type { CliIo } from './io';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

export function parseToday(raw: string | undefined): { year: number; month: number; day: number } {
  if (raw === undefined) {
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  }
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new UsageError(`--today 的日期“${raw}”不正确，格式为 YYYY-MM-DD`);
  }
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  if (await isFolderCheck(argv)) return (await import('./check-folder/run')).runFolderCheck(argv, io);
  const args = parseArgs(argv, ['--prior', '--today'], ['--json', '--final']);
  if (args.positional.length !== 1) {
    throw new UsageError(
      args.positional.length === 0
        ? '请指定要核对的报告文件'
        : `只能核对一个文件，多余的参数：${args.positional.slice(1).join(' ')}`,
    );
  }
  const today = parseToday(args.options.get('--today'));
  const file = args.positional[0]!;
  const priorFile = args.options.get('--prior');
  const current = await readReportFile(file);
  const prior = priorFile === undefined ? null : await readReportFile(priorFile);
  const findings = runRules(current.report, { prior: prior?.report ?? null, today, final: args.flags.has('--final') });
  if (args.flags.has('--json')) {
    io.out(checkJson(current.report, findings));
    // stdout stays one JSON object; how the import went is for the person running it.
    for (const i of current.issues) io.err(`导入说明${i.where ? `（${i.where}）` : ''}：${i.message}\n`);
  } else {
    io.out(checkText(file, current.format, current.report, findings, current.issues));
  }
  return findings.some((f) => f.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
}
