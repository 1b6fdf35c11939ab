/**
 * Sentences the program writes from the figures: the 信息处理费 sentence of section 六 (from the three fee
 * fields) and the table-linked sentences a clerk may insert into section 一. Two promises hold for all of
 * them: a sentence is offered or written only where the organ's own text says nothing on that subject, and
 * only from figures that are filled in (never with a blank such as "____"). The export (build.ts), the form
 * and the CLI all go through here.
 */
import {
  cellId,
  FEE_FIELDS,
  feeSentence,
  T3_CARRIED_OVER,
  T3_CARRY_FORWARD,
  T3_NEW_RECEIVED,
  T3_RESULT_TOTAL,
  T4_GROUPS,
  T4_OUTCOMES,
  type FeeFieldDef,
} from '../format';
import { addDecimals, domainMessage, getCell, type Report } from '../report';
import { NUMBER_PATTERN } from '../rules/numerals';

/** A sentence or clause that names the fee: the organ has said something about it in its own words. */
export const FEE_SUBJECT = /信息处理费|收费通知/;

type Fee = Report['fee'];

const feeValue = (fee: Fee, f: FeeFieldDef): string | null => {
  const v = fee[f.key];
  return v !== null && domainMessage(v, f.kind) === null ? v : null;
};

/** Section 六 already speaks of the fee (in its lead or any of its sub-items). */
export function sectionSixHasOwnFeeText(report: Report): boolean {
  return Object.values(report.prose.other).some((t) => FEE_SUBJECT.test(t));
}

/** The fee fields left blank while another one is filled; empty when none or all are filled. */
export function unfilledFeeFields(fee: Fee): FeeFieldDef[] {
  const missing = FEE_FIELDS.filter((f) => fee[f.key] === null);
  return missing.length === FEE_FIELDS.length ? [] : missing;
}

/** The fee sentence from the three fields, or null while any of them is blank or invalid. */
export function feeSentenceFromFields(fee: Fee): string | null {
  const [notices, noticeAmount, collected] = FEE_FIELDS.map((f) => feeValue(fee, f));
  if (notices == null || noticeAmount == null || collected == null) return null;
  return feeSentence({ notices, noticeAmount, collected });
}

/** The fee sentence the document adds to section 六: none when the section has its own, or a figure is blank. */
export function generatedFeeSentence(report: Report): string | null {
  return sectionSixHasOwnFeeText(report) ? null : feeSentenceFromFields(report.fee);
}

const T3_TOTAL = 'total';
const T4_TOTAL = T4_OUTCOMES.find((o) => o.isTotal)!.key;
const NUMBER = `(?:${NUMBER_PATTERN})\\s*(?:件|起)`;
/** stays inside one clause-ish stretch of text: no sentence end, no line break */
const NEAR = (n: number) => `[^。；;\\n]{0,${n}}?`;

const yearLead = (report: Report) => (report.year ? `${report.year}年，` : '本年度，');

export interface SentenceBuilder {
  key: string;
  label: string;
  /** what a sentence of the organ's own on the same subject looks like: then nothing is offered */
  subject: RegExp;
  /** null while the numbers it needs are blank */
  build(report: Report): string | null;
}

/** 共收到政府信息公开申请N件，上年结转M件，办结K件，结转下年度继续办理J件。 */
export const REQUEST_SENTENCE: SentenceBuilder = {
  key: 'requests',
  label: '插入申请办理情况（取自第三部分）',
  subject: new RegExp(`(?:收到|受理|新收|接收)${NEAR(20)}申请${NEAR(8)}${NUMBER}`),
  build(report) {
    const [received, carried, done, forward] = [
      T3_NEW_RECEIVED,
      T3_CARRIED_OVER,
      T3_RESULT_TOTAL,
      T3_CARRY_FORWARD,
    ].map((r) => getCell(report, cellId('T3', r.key, T3_TOTAL)));
    if (received == null || carried == null || done == null || forward == null) return null;
    const carriedPart = /^0+$/.test(carried) ? '' : `，上年结转${carried}件`;
    return `${yearLead(report)}共收到政府信息公开申请${received}件${carriedPart}，办结${done}件，结转下年度继续办理${forward}件。`;
  },
};

/** 被申请行政复议N件，被提起行政诉讼M件。 */
export const REVIEW_SENTENCE: SentenceBuilder = {
  key: 'review',
  label: '插入行政复议、行政诉讼情况（取自第四部分）',
  subject: new RegExp(`(?:行政复议|行政诉讼)${NEAR(10)}${NUMBER}`),
  build(report) {
    const totals = T4_GROUPS.map((g) => getCell(report, cellId('T4', g.key, T4_TOTAL)));
    if (totals.some((t) => t == null)) return null;
    const [reconsideration, ...litigation] = totals as string[];
    return `${yearLead(report)}因政府信息公开被申请行政复议${reconsideration}件，被提起行政诉讼${addDecimals(litigation)}件。`;
  },
};

/** 制发规范性文件N件，废止M件，现行有效K件。 */
export const NORMATIVE_SENTENCE: SentenceBuilder = {
  key: 'normative',
  label: '插入规范性文件情况（取自第二部分）',
  subject: new RegExp(`规范性文件${NEAR(12)}${NUMBER}`),
  build(report) {
    const row = report.tables.T2.normativeDocs;
    if (!row || row.issued == null || row.repealed == null || row.inForce == null) return null;
    return `${yearLead(report)}制发行政规范性文件${row.issued}件，废止${row.repealed}件，现行有效${row.inForce}件。`;
  },
};

/** Which builders each prose part offers, by `section.part`. */
export const PART_SENTENCES: Readonly<Record<string, readonly SentenceBuilder[]>> = {
  'overview.active': [NORMATIVE_SENTENCE],
  'overview.request': [REQUEST_SENTENCE, REVIEW_SENTENCE],
};

export type SentenceOffer =
  | { state: 'ready'; sentence: string }
  /** the tables it is built from are not filled in yet */
  | { state: 'blank' }
  /** the text already says it in its own words */
  | { state: 'own' };

/** Whether a builder's sentence may be inserted into `text` now, and which sentence. */
export function sentenceOffer(builder: SentenceBuilder, report: Report, text: string): SentenceOffer {
  if (builder.subject.test(text)) return { state: 'own' };
  const sentence = builder.build(report);
  return sentence === null ? { state: 'blank' } : { state: 'ready', sentence };
}
