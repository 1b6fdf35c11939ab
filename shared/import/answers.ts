/**
 * The clerk's answers to what an import could not read or decide (organ, year, kind, 规章制定权),
 * from the import dialog or the CLI options --organ --year --kind --rules-power. One place applies
 * them, so the dialog and the CLI store the same report.
 */
import type { ImportQuestion } from './outcome';
import { ORGAN_KINDS, type OrganKind } from '../format/sections';
import type { Report } from '../report';
import { inferOrganFacts } from './organ-facts';

export interface ImportAnswers {
  organ?: string;
  year?: number;
  kind?: OrganKind;
  rulesPower?: boolean;
}

export type QuestionField = ImportQuestion['field'];

export const QUESTION_LABEL: Record<QuestionField, string> = {
  organ: '机关名称',
  year: '年度',
  kind: '机关类型',
  rulesPower: '是否具有规章制定权',
};

/** Same bounds as the report schema: the 条例 reports run from 2008. */
export const ANSWER_YEAR_MIN = 2008;
export const ANSWER_YEAR_MAX = 2100;
const ORGAN_MAX_CHARS = 100;

/** A typed answer checked; a Chinese message says what is wrong with it. */
export function readAnswer(
  field: QuestionField,
  raw: string,
): { ok: true; answers: ImportAnswers } | { ok: false; message: string } {
  const value = raw.trim();
  switch (field) {
    case 'organ':
      if (value === '') return { ok: false, message: '请填写机关名称' };
      if (value.length > ORGAN_MAX_CHARS) return { ok: false, message: `机关名称不能超过 ${ORGAN_MAX_CHARS} 个字` };
      return { ok: true, answers: { organ: value } };
    case 'year': {
      const year = Number(value.replace(/年$/, ''));
      if (!/^\d{4}年?$/.test(value) || year < ANSWER_YEAR_MIN || year > ANSWER_YEAR_MAX)
        return { ok: false, message: `年度应为 ${ANSWER_YEAR_MIN}—${ANSWER_YEAR_MAX} 之间的四位数字，如 2025` };
      return { ok: true, answers: { year } };
    }
    case 'kind':
      if (!(ORGAN_KINDS as readonly string[]).includes(value))
        return { ok: false, message: `机关类型应为 ${ORGAN_KINDS.map((k) => `“${k}”`).join('、')} 之一` };
      return { ok: true, answers: { kind: value as OrganKind } };
    case 'rulesPower':
      if (/^(是|有|yes|y|true|1)$/i.test(value)) return { ok: true, answers: { rulesPower: true } };
      if (/^(否|无|没有|no|n|false|0)$/i.test(value)) return { ok: true, answers: { rulesPower: false } };
      return { ok: false, message: '是否具有规章制定权应填“是”或“否”' };
  }
}

/**
 * The report the rules judge while a fact is still open: an unknown 规章制定权 must not raise
 * X-RULES-POWER, so the report is checked as if the organ had it (the caller says so).
 */
export function reportForChecking(report: Report, open: readonly ImportQuestion[]): Report {
  return open.some((q) => q.field === 'rulesPower')
    ? { ...report, organ: { ...report.organ, rulesPower: true } }
    : report;
}

/** The questions still open after these answers. */
export function openQuestions(questions: readonly ImportQuestion[], answers: ImportAnswers): ImportQuestion[] {
  return questions.filter((q) => answers[q.field] === undefined);
}

export interface AnsweredImport {
  report: Report;
  /** what still has to be answered */
  open: ImportQuestion[];
  /** kind and 规章制定权 the typed organ name decided (shown beside their fields) */
  decided: { kind?: OrganKind; rulesPower?: boolean; reason: string } | null;
}

/**
 * The answers applied, and a typed organ name read like one from the title: where it decides the kind
 * or 规章制定权 (organ-facts.ts) that question is settled, where it does not the question is (still) asked.
 */
export function answerImport(
  report: Report,
  questions: readonly ImportQuestion[],
  answers: ImportAnswers,
): AnsweredImport {
  let asked = [...questions];
  let inferred: ImportAnswers = {};
  let decided: AnsweredImport['decided'] = null;
  if (answers.organ !== undefined && answers.organ.trim() !== '') {
    const facts = inferOrganFacts(answers.organ);
    asked = asked.filter((q) => q.field !== 'kind' && q.field !== 'rulesPower');
    if (facts.kind === null) asked.push({ field: 'kind', reason: `${facts.kindReason}（机关类型决定公开期限）` });
    else inferred = { ...inferred, kind: facts.kind };
    if (facts.rulesPower === null) asked.push({ field: 'rulesPower', reason: facts.rulesPowerReason });
    else inferred = { ...inferred, rulesPower: facts.rulesPower };
    if (facts.kind !== null || facts.rulesPower !== null)
      decided = {
        ...(facts.kind !== null ? { kind: facts.kind } : {}),
        ...(facts.rulesPower !== null ? { rulesPower: facts.rulesPower } : {}),
        reason: facts.kindReason,
      };
  }
  return {
    report: applyImportAnswers(report, { ...inferred, ...answers }),
    open: openQuestions(asked, answers),
    decided,
  };
}

/** The report with the answers applied; a typed organ or year gives the conventional title. */
export function applyImportAnswers(report: Report, answers: ImportAnswers): Report {
  const organ = {
    ...report.organ,
    ...(answers.organ !== undefined ? { name: answers.organ } : {}),
    ...(answers.kind !== undefined ? { kind: answers.kind } : {}),
    ...(answers.rulesPower !== undefined ? { rulesPower: answers.rulesPower } : {}),
  };
  const retitled = answers.organ !== undefined || answers.year !== undefined;
  return {
    ...report,
    organ,
    year: answers.year ?? report.year,
    title: retitled ? '' : report.title,
  };
}
