/**
 * `nianbao check <file> [--prior <file>] [--json] [--final] [--today YYYY-MM-DD] [--organ …] [--year …]
 * [--kind …] [--rules-power 是|否]`. What the file does not decide is checked without guessing: an
 * unknown 规章制定权 leaves X-RULES-POWER out, an unknown kind is named with the deadline used, and
 * each says which option settles it.
 */
import type { ImportIssue } from '../../shared/api';
import { publicationDeadline } from '../../shared/format';
import { QUESTION_LABEL, type QuestionField } from '../../shared/import/answers';
import type { Report } from '../../shared/report';
import { readReportFile } from '../services/import/read-file';
import { ANSWER_OPTIONS, answersFrom, OPTION_OF, withAnswers } from './answers';
import { runRules } from '../../shared/rules';
import { parseArgs, UsageError } from './args';
import { checkJson, checkText } from './check-output';
import type { CliIo } from './io';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

function parseToday(raw: string | undefined): { year: number; month: number; day: number } {
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

/** What the check did without the fact. */
const CHECKED_WITHOUT: Record<QuestionField, (report: Report) => string> = {
  organ: () => '',
  year: () => '未核对公开期限。',
  kind: (r) =>
    `公开期限暂按“${r.organ.kind}”核对（${r.year === null ? '' : `${r.year + 1}年`}${publicationDeadline(r.organ.kind, r.year ?? 0).label}前）。`,
  rulesPower: () => '未核对规章数量是否应为0（X-RULES-POWER）。',
};

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['--prior', '--today', ...Object.keys(ANSWER_OPTIONS)], ['--json', '--final']);
  const answers = answersFrom(args.options);
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
  const current = withAnswers(await readReportFile(file), answers);
  const prior = priorFile === undefined ? null : await readReportFile(priorFile);
  const open = new Set(current.open.map((q) => q.field));
  // an unknown 规章制定权 must not raise X-RULES-POWER: checked as if the organ had it, and said so
  const checked = open.has('rulesPower')
    ? { ...current.report, organ: { ...current.report.organ, rulesPower: true } }
    : current.report;
  const findings = runRules(checked, { prior: prior?.report ?? null, today, final: args.flags.has('--final') });
  const notes: ImportIssue[] = current.open.map((q) => ({
    severity: 'warning',
    message: `${QUESTION_LABEL[q.field]}未能确定：${q.reason}。${CHECKED_WITHOUT[q.field](current.report)}请用 ${OPTION_OF[q.field]} 给出。`,
  }));
  current.issues = [...notes, ...current.issues];
  if (args.flags.has('--json')) {
    io.out(checkJson(current.report, findings));
    // stdout stays one JSON object; how the import went is for the person running it.
    for (const i of current.issues) io.err(`导入说明${i.where ? `（${i.where}）` : ''}：${i.message}\n`);
  } else {
    io.out(checkText(file, current.format, current.report, findings, current.issues, current.summary));
  }
  return findings.some((f) => f.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
}
