/**
 * N-NARRATIVE: figures stated in section 一 against the tables. Only phrasings whose meaning is
 * unambiguous are read; anything else is left alone rather than guessed at.
 */
import {
  cellId,
  describeCell,
  sectionDef,
  T3_CARRY_FORWARD,
  T3_COLUMNS,
  T3_NEW_RECEIVED,
  T4_GROUPS,
  T4_OUTCOMES,
  type CellId,
} from '../format';
import { compareDecimals, sumOf, type Report } from '../report';
import { validValue, type Cells } from './values';
import { finding } from './finding';
import { NUMBER_PATTERN, parseProseNumber } from './numerals';
import { sectionText } from './text';
import { difference } from './sums';
import type { Finding } from './types';

const T3_TOTAL = T3_COLUMNS.find((c) => c.isTotal)!.key;
const T4_TOTAL = T4_OUTCOMES.find((o) => o.isTotal)!.key;
const group = (key: string) => T4_GROUPS.find((g) => g.key === key)!;
const LITIGATION = T4_GROUPS.filter((g) => g.parent);

/** Characters that may stand between a keyword and its number: no clause break, no other number. */
const GAP = '[^。；;，,、：:\\n0-9０-９零〇一二两三四五六七八九十百千万]';
const NUM = `(${NUMBER_PATTERN})\\s*(?:件|起|个)`;

interface Claim {
  pattern: RegExp;
  /** what the sentence talks about, for the message */
  subject: string;
  /** the table cells whose (present) sum the number must equal */
  cells: CellId[];
}

const CLAIMS: readonly Claim[] = [
  {
    // 共受理政府信息公开申请 129 件 / 收到…申请共计129件 / 新收申请一百二十九件; not 上年结转
    // 收到行政复议申请1件 is about T4, not about information requests
    pattern: new RegExp(`(?:收到|受理|新收|接收)(?:(?!复议|诉讼)${GAP}){0,20}?申请(?!人)${GAP}{0,6}?${NUM}`, 'g'),
    subject: '收到（受理）申请',
    cells: [cellId('T3', T3_NEW_RECEIVED.key, T3_TOTAL)],
  },
  {
    pattern: new RegExp(`结转下一?年度?${GAP}{0,6}?${NUM}`, 'g'),
    subject: '结转下年度继续办理',
    cells: [cellId('T3', T3_CARRY_FORWARD.key, T3_TOTAL)],
  },
  {
    pattern: new RegExp(`行政复议(?!、)${GAP}{0,8}?${NUM}`, 'g'),
    subject: '行政复议',
    cells: [cellId('T4', group('reconsideration').key, T4_TOTAL)],
  },
  {
    pattern: new RegExp(`行政诉讼(?!、)${GAP}{0,8}?${NUM}`, 'g'),
    subject: '行政诉讼',
    cells: LITIGATION.map((g) => cellId('T4', g.key, T4_TOTAL)),
  },
];

const OVERVIEW = sectionDef('overview');

export function narrativeRule(report: Report, cells: Cells, out: Finding[]): void {
  const text = sectionText(report.prose.overview);
  if (text === '') return;
  const seen = new Set<string>();
  for (const claim of CLAIMS) {
    const values = claim.cells.map((id) => validValue(cells, id));
    if (values.some((v) => v === null)) continue;
    const table = sumOf(values)!;
    for (const m of text.matchAll(claim.pattern)) {
      const stated = parseProseNumber(m[1]!);
      if (stated === null || compareDecimals(stated, table) === 0) continue;
      const subject = `${claim.cells.join(',')}=${stated}`;
      if (seen.has(subject)) continue;
      seen.add(subject);
      const where = claim.cells.map(describeCell).join('与');
      out.push(
        finding('N-NARRATIVE', {
          cells: claim.cells,
          section: 'overview',
          expected: table,
          actual: stated,
          subject,
          message: `“${OVERVIEW.heading}”中写明${claim.subject}${stated}件（“${m[0].trim()}”），但表格${where}${claim.cells.length > 1 ? '合计' : ''}为${table}，相差${difference(stated, table)}`,
        }),
      );
    }
  }
}
