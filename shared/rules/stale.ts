/**
 * X-STALE: prose copied from last year's report that still speaks of last year. Two signs, each read
 * for sure or not at all:
 *  - last year's report year named as the period reported on ("2025年，共受理…", "2025年度，本机关…",
 *    "2025年以来"), not as a reference to it ("2025年度报告所列问题", "较2025年增长");
 *  - a figure equal to last year's table value where this year's table differs (needs last year's report).
 */
import { describeCell, PROSE_SECTIONS, sectionDef } from '../format';
import type { Report } from '../report';
import { finding } from './finding';
import type { ProseClaim, ProseSectionKey } from './narrative-claims';
import { claimSubjectKey, isStaleFigure, tableSum } from './narrative';
import { isBlankText } from './text';
import type { Finding } from './types';
import type { Cells } from './values';

/** What may follow "2025年" when it names the period a sentence reports on. */
const PERIOD_FOLLOWERS =
  '\\s*[，,]|全年|以来|共|累计|期间|内(?!容)|我|本(?:机关|单位|部门|局|委|办|市|县|区|镇|乡|街道)|(?:1|一)月(?:1日)?(?:至|到|—|-)';
/** How much of the sentence after the year the message quotes. */
const QUOTE_AFTER = 16;

export function staleYearPattern(year: number): RegExp {
  const digits = String(year);
  const fullWidth = digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return new RegExp(`(?<![0-9０-９])(?:${digits}|${fullWidth})\\s*年度?(?=${PERIOD_FOLLOWERS})`, 'g');
}

function quoteFrom(text: string, at: number): string {
  const rest = text.slice(at);
  const end = rest.search(/[。；;！？!?\n]/);
  const sentence = end < 0 ? rest : rest.slice(0, end);
  return sentence.length > QUOTE_AFTER + 6 ? `${sentence.slice(0, QUOTE_AFTER + 6)}` : sentence;
}

export function staleYearRule(report: Report, out: Finding[]): void {
  if (report.year === null) return;
  const last = report.year - 1;
  const pattern = staleYearPattern(last);
  for (const def of PROSE_SECTIONS) {
    const section = def.key as ProseSectionKey;
    const texts = report.prose[section] as Record<string, string>;
    for (const [part, text] of Object.entries(texts)) {
      if (isBlankText(text)) continue;
      const m = pattern.exec(text);
      pattern.lastIndex = 0;
      if (!m) continue;
      const quote = quoteFrom(text, m.index);
      out.push(
        finding('X-STALE', {
          section,
          subject: `prose.${section}.${part}:year`,
          actual: String(last),
          expected: String(report.year),
          message: `“${def.heading}”中“${quote}”说的是${last}年（上年度）的情况，本报告为${report.year}年度，请改为本年度的情况`,
        }),
      );
    }
  }
}

export function staleFigureRule(claims: readonly ProseClaim[], cells: Cells, prior: Cells, out: Finding[]): void {
  for (const claim of claims) {
    if (!isStaleFigure(claim, cells, prior)) continue;
    const table = tableSum(cells, claim.cells);
    const where = claim.cells.map(describeCell).join('与');
    out.push(
      finding('X-STALE', {
        cells: claim.cells,
        section: claim.section,
        expected: table ?? undefined,
        actual: claim.stated,
        subject: claimSubjectKey(claim),
        message: `“${sectionDef(claim.section).heading}”中“${claim.quote}”的${claim.stated}是上年度报告的数字，本年度表格${where}${claim.cells.length > 1 ? '合计' : ''}为${table}，请更新`,
      }),
    );
  }
}
