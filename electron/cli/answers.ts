/**
 * --organ, --year, --kind, --rules-power: the CLI's way to give what a file does not say (the import
 * dialog asks the same in fields). Shared by `import` and `check`.
 */
import type { ImportQuestion } from '../../shared/api';
import {
  answerImport,
  QUESTION_LABEL,
  readAnswer,
  type ImportAnswers,
  type QuestionField,
} from '../../shared/import/answers';
import { ORGAN_KINDS } from '../../shared/format';
import type { ImportedFile } from '../services/import';
import { UsageError } from './args';

export const ANSWER_OPTIONS: Readonly<Record<string, QuestionField>> = {
  '--organ': 'organ',
  '--year': 'year',
  '--kind': 'kind',
  '--rules-power': 'rulesPower',
};

export const OPTION_OF: Record<QuestionField, string> = {
  organ: '--organ',
  year: '--year',
  kind: '--kind',
  rulesPower: '--rules-power',
};

export const ANSWER_USAGE = `  --organ <机关名称>       文件中读不出机关名称时给出（也可用来更正）
  --year <年度>            文件中读不出年度时给出，如 2025
  --kind <机关类型>        ${ORGAN_KINDS.join(' / ')}；名称不能决定机关类型时给出
  --rules-power <是|否>    是否具有规章制定权；名称不能决定时给出`;

/** The answers among the options; a wrong value is a usage error in Chinese. */
export function answersFrom(options: ReadonlyMap<string, string>): ImportAnswers {
  let answers: ImportAnswers = {};
  for (const [option, field] of Object.entries(ANSWER_OPTIONS)) {
    const raw = options.get(option);
    if (raw === undefined) continue;
    const read = readAnswer(field, raw);
    if (!read.ok) throw new UsageError(`${option}：${read.message}`);
    answers = { ...answers, ...read.answers };
  }
  return answers;
}

export function withAnswers(imported: ImportedFile, answers: ImportAnswers): ImportedFile & { open: ImportQuestion[] } {
  const answered = answerImport(imported.report, imported.questions, answers);
  return { ...imported, report: answered.report, open: answered.open };
}

export function describeOpen(open: readonly ImportQuestion[]): string {
  return open.map((q) => `  ${QUESTION_LABEL[q.field]}（${OPTION_OF[q.field]}）：${q.reason}`).join('\n');
}
