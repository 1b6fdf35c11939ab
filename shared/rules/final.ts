/**
 * Rules that only a final export applies (like CELL-REQUIRED): a published report must not print a blank
 * left to fill in, lean on a fee figure nobody filled in, or carry a title that does not say whose report
 * for which year it is. A draft export is not judged by them; printing is (a print with any of them is marked
 * 草稿 and lists them), and 检查与导出 shows them once 正式版本 is chosen.
 */
import { FEE_FIELDS, FEE_TITLE, INTRO_TITLE, PROSE_SECTIONS, reportTitle, type SectionKey } from '../format';
import { documentTitle, titleOmissions } from '../document/title';
import { unfilledFeeFields } from '../document/sentences';
import type { Report } from '../report';
import { finding } from './finding';
import type { Finding } from './types';

/**
 * Blanks left to be filled in: runs of underscores (____, ＿＿), ××, XX standing alone, □□, ○○ (not the
 * 〇 of 二〇二五), and notes such as 待填写 or 此处填写.
 */
export const PLACEHOLDER_PATTERN = /[_＿]{2,}|[×✕Ｘ]{2,}|(?<![A-Za-z])XX+(?![A-Za-z])|[□○]{2,}|待填写?|待补充|此处填写/;
/** characters of context either side of a placeholder in the message */
const CONTEXT_CHARS = 12;

function excerpt(text: string, index: number, length: number): string {
  const from = Math.max(0, index - CONTEXT_CHARS);
  const to = Math.min(text.length, index + length + CONTEXT_CHARS);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

interface Place {
  /** where it shows in the side list */
  section: SectionKey | 'meta';
  /** stable subject for acknowledgements and tests */
  path: string;
  /** how the message names the place */
  label: string;
  text: string;
}

function places(report: Report): Place[] {
  const out: Place[] = [
    { section: 'meta', path: 'title', label: '标题', text: report.title },
    { section: 'meta', path: 'intro', label: INTRO_TITLE, text: report.intro },
  ];
  for (const section of PROSE_SECTIONS) {
    const prose = report.prose[section.key as keyof Report['prose']] as Record<string, string>;
    out.push({
      section: section.key,
      path: `prose.${section.key}.lead`,
      label: `“${section.heading}”`,
      text: prose.lead ?? '',
    });
    for (const part of section.parts) {
      out.push({
        section: section.key,
        path: `prose.${section.key}.${part.key}`,
        label: `“${section.heading}”的“${part.title}”`,
        text: prose[part.key] ?? '',
      });
    }
  }
  out.push(
    { section: 'meta', path: 'closing.signer', label: '落款', text: report.closing.signer },
    { section: 'meta', path: 'closing.date', label: '落款日期', text: report.closing.date },
  );
  return out;
}

/** PLACEHOLDER: every place that still holds a blank to fill in, with the words around it. */
export function placeholderRule(report: Report, out: Finding[]): void {
  for (const place of places(report)) {
    const m = PLACEHOLDER_PATTERN.exec(place.text);
    if (!m) continue;
    out.push(
      finding('PLACEHOLDER', {
        section: place.section,
        subject: place.path,
        actual: m[0],
        message: `${place.label}中留有占位符“${m[0]}”（“${excerpt(place.text, m.index, m[0].length)}”）：正式报告不能留空，请填写实际内容或删去`,
      }),
    );
  }
}

/** FEE-UNFILLED: some fee fields filled, others blank: the fee sentence (and the figures) would be incomplete. */
export function feeUnfilledRule(report: Report, out: Finding[]): void {
  const missing = unfilledFeeFields(report.fee);
  if (missing.length === 0) return;
  const filled = FEE_FIELDS.filter((f) => !missing.includes(f));
  out.push(
    finding('FEE-UNFILLED', {
      section: 'other',
      subject: `fee:${missing.map((f) => f.key).join(',')}`,
      message: `第六部分${FEE_TITLE}已填写“${filled.map((f) => f.label).join('”“')}”，但“${missing.map((f) => f.label).join('”“')}”未填写：请补填（没有的填0），三项齐全才能写出${FEE_TITLE}情况`,
    }),
  );
}

/** TITLE-ORGAN-YEAR: the title must say whose report it is and for which year (organ and year themselves: SECTION-REQUIRED). */
export function titleRule(report: Report, out: Finding[]): void {
  const organ = report.organ.name.trim();
  if (organ === '' || report.year === null) return;
  const title = documentTitle(report);
  const omitted = titleOmissions(title, organ, report.year);
  if (omitted.length === 0) return;
  const what = omitted.map((o) => (o === 'organ' ? `机关名称“${organ}”` : `年度“${report.year}”`)).join('和');
  out.push(
    finding('TITLE-ORGAN-YEAR', {
      section: 'meta',
      subject: 'title',
      actual: title,
      message: `标题“${title}”未写明${what}：请在基本信息中改正标题，或清空标题以使用“${reportTitle(organ, report.year)}”`,
    }),
  );
}

export function finalRules(report: Report, out: Finding[]): void {
  placeholderRule(report, out);
  feeUnfilledRule(report, out);
  titleRule(report, out);
}
