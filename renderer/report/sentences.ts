/**
 * Sentences built from the tables, which the clerk can insert into the prose with one click. They use
 * the wording the narrative check (N-NARRATIVE) reads, so an inserted sentence always agrees with the tables.
 */
import {
  cellId,
  T3_CARRIED_OVER,
  T3_CARRY_FORWARD,
  T3_NEW_RECEIVED,
  T3_RESULT_TOTAL,
  T4_GROUPS,
  T4_OUTCOMES,
} from '../../shared/format';
import { addDecimals, getCell, type Report } from '../../shared/report';

const T3_TOTAL = 'total';
const T4_TOTAL = T4_OUTCOMES.find((o) => o.isTotal)!.key;

const yearLead = (report: Report) => (report.year ? `${report.year}年，` : '本年度，');

export interface SentenceBuilder {
  key: string;
  label: string;
  /** null while the numbers it needs are blank */
  build(report: Report): string | null;
}

/** 共收到政府信息公开申请N件，上年结转M件，办结K件，结转下年度继续办理J件。 */
export const REQUEST_SENTENCE: SentenceBuilder = {
  key: 'requests',
  label: '插入申请办理情况（取自第三部分）',
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
  build(report) {
    const row = report.tables.T2.normativeDocs;
    if (!row || row.issued == null || row.repealed == null || row.inForce == null) return null;
    return `${yearLead(report)}制发行政规范性文件${row.issued}件，废止${row.repealed}件，现行有效${row.inForce}件。`;
  },
};

/** Which builders each prose part offers. */
export const PART_SENTENCES: Record<string, readonly SentenceBuilder[]> = {
  'overview.active': [NORMATIVE_SENTENCE],
  'overview.request': [REQUEST_SENTENCE, REVIEW_SENTENCE],
};
