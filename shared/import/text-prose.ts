/**
 * The prose sections 一, 五 and 六: paragraphs are assigned to the standard sub-parts by their
 * sub-heading (（一）主动公开：…, 1、…, (一)…, or an unnumbered “存在的主要问题：…”), the rest to the lead.
 *
 * The organ's words are kept as written: a sub-heading stays in its part's text, run in (（一）主动公开：2025 年，…)
 * or on its own line, numbered or not, so the export prints it the same way. Only a heading the export
 * writes identically by itself is left out of the text: the official title alone on its line, numbered
 * （一）（二）… in the order the export numbers it (that keeps a report the program exported the same on re-import).
 */
import type { ImportIssue } from './outcome';
import type { SectionDef, SectionKey } from '../format';
import { canonLabel, withoutNumbering } from './text-labels';
import { where } from './text-cells';

export interface Paragraph {
  line: number;
  text: string;
}

/** Other wordings of a part's title that reports use; the official title is always accepted. */
export const PART_ALIASES: Record<string, readonly string[]> = {
  active: ['主动公开政府信息情况', '主动公开情况', '主动公开工作'],
  request: ['依申请公开政府信息情况', '依申请公开情况', '依申请公开工作'],
  management: ['政府信息管理情况', '政府信息管理工作'],
  platform: ['政府信息公开平台建设情况', '平台建设', '公开平台建设'],
  supervision: ['监督保障情况', '监督保障工作'],
  rectification: ['上年度存在问题的整改情况', '上一年度存在问题整改情况', '上年度问题整改情况', '整改情况'],
  problems: ['存在问题', '主要问题', '存在的问题'],
  improvements: ['改进情况', '改进措施及下一步工作', '下一步改进措施', '整改措施'],
  superiorTasks: ['落实上级年度政务公开工作要点情况'],
  proposals: ['人大代表建议和政协提案办理结果公开情况', '建议提案办理结果公开情况'],
  innovation: ['年度政务公开工作创新情况', '政务公开工作创新情况', '工作创新情况'],
  otherMatters: ['其他需要报告的事项'],
};

const MARKER = /^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+\.)/;
const MARKED_END = /^(?:$|[：。，；]|\d)/;
const UNMARKED_END = /^(?:$|：)/;
/** a sub-heading is short; a longer prefix before the colon is a sentence */
const MAX_HEADING = 24;

export interface PartHeading {
  part: string;
  /** the printed heading without the colon after it, for messages */
  printed: string;
  official: string;
  /** the raw text of the heading with what separates it from the content (colon, spaces) */
  raw: string;
  /** the text after the heading; empty when the heading stands alone on its line */
  content: string;
  /** （二） → 2; null for other numbering (1.、二、) or none */
  ordinal: number | null;
  numbered: boolean;
}

function titlesOf(section: SectionDef): Array<{ part: string; official: string; title: string }> {
  const out = section.parts.flatMap((p) =>
    [p.title, ...(PART_ALIASES[p.key] ?? [])].map((t) => ({ part: p.key, official: p.title, title: canonLabel(t) })),
  );
  // Longest first, so 主动公开政府信息情况 wins over 主动公开.
  return out.sort((a, b) => b.title.length - a.title.length);
}

/** Recognises a sub-heading at the start of a paragraph; the content is the raw text after it. */
function readHeading(text: string, titles: ReturnType<typeof titlesOf>): PartHeading | null {
  const canon = canonLabel(text.slice(0, 60));
  const marked = MARKER.exec(canon);
  const rest = marked ? canon.slice(marked[0].length) : canon;
  for (const t of titles) {
    if (!rest.startsWith(t.title)) continue;
    const after = rest.slice(t.title.length);
    // Unnumbered text needs a colon (存在的主要问题：…), else 存在问题较多… would be taken for a heading;
    // a numbered one may also end with a full stop or run straight into a date (（一）主动公开 2025年…).
    if (!(marked ? MARKED_END : UNMARKED_END).test(after)) continue;
    const cut = headingEnd(text, (marked?.[0] ?? '') + t.title);
    const ordinal = marked ? /^（([一二三四五六七八九十]+)）$/.exec(marked[0]) : null;
    return {
      part: t.part,
      printed: text
        .slice(0, cut)
        .replace(/[：:\s]+$/, '')
        .trim(),
      official: t.official,
      raw: text.slice(0, cut),
      content: text
        .slice(cut)
        .replace(/^[\s：:。．.，,；;]+/, '')
        .trim(),
      ordinal: ordinal ? chineseOrdinal(ordinal[1]!) : null,
      numbered: marked !== null,
    };
  }
  return null;
}

/** Index in the raw text just past the characters whose canonical form is `canonPrefix`. */
function headingEnd(raw: string, canonPrefix: string): number {
  for (let i = 1; i <= raw.length && i <= 80; i++) {
    if (canonLabel(raw.slice(0, i)) === canonPrefix) {
      let j = i;
      while (j < raw.length && /[\s：:]/.test(raw[j]!)) j++;
      return j;
    }
  }
  return 0;
}

const ORDINALS = '一二三四五六七八九十';
function chineseOrdinal(s: string): number | null {
  if (s.length === 1) return ORDINALS.indexOf(s) + 1;
  const m = /^十([一二三四五六七八九])$/.exec(s);
  return m ? 10 + ORDINALS.indexOf(m[1]!) + 1 : null;
}

const sectionTitles = new Map<SectionKey, ReturnType<typeof titlesOf>>();

/** The sub-heading a line of a prose section starts with (any of the section's parts), or null. */
export function readPartHeading(text: string, section: SectionDef): PartHeading | null {
  let titles = sectionTitles.get(section.key);
  if (!titles) sectionTitles.set(section.key, (titles = titlesOf(section)));
  return readHeading(text, titles);
}

/** The export writes this heading the same by itself: the official title alone, numbered where it numbers it. */
function writtenByExport(h: PartHeading, expectedOrdinal: number): boolean {
  return (
    h.content === '' &&
    h.ordinal === expectedOrdinal &&
    !/[：:]/.test(h.raw) &&
    withoutNumbering(canonLabel(h.printed)) === canonLabel(h.official)
  );
}

const LEVEL2_MARKER = /^（[一二三四五六七八九十]+）/;

export function parseProse(
  paragraphs: readonly Paragraph[],
  section: SectionDef,
  issues: ImportIssue[],
  /** numbered items the export writes before the parts by itself (六's fee item) */
  numberedBefore = 0,
): Record<string, string> {
  const titles = titlesOf(section);
  /** （一）（二）… headings met so far, as the export counts them when it numbers the parts */
  let numberedHeadings = numberedBefore;
  const out: Record<string, string[]> = { lead: [] };
  for (const p of section.parts) out[p.key] = [];
  let current = 'lead';
  const seen = new Set<string>();
  for (const para of paragraphs) {
    const h = readHeading(para.text, titles);
    if (h) {
      if (seen.has(h.part)) {
        issues.push({
          severity: 'warning',
          where: where(para.line),
          message: `“${section.heading}”中“${h.official}”出现了两次，内容已合并`,
        });
      }
      seen.add(h.part);
      current = h.part;
      const printedTitle = canonLabel(h.printed).replace(MARKER, '');
      if (printedTitle !== canonLabel(h.official)) {
        issues.push({
          severity: 'info',
          where: where(para.line),
          message: `“${section.heading}”中的小标题“${h.printed}”已识别为“${h.official}”`,
        });
      }
      const expected = numberedHeadings + 1;
      numberedHeadings = h.ordinal ?? expected;
      if (!writtenByExport(h, expected)) out[current]!.push(para.text);
      continue;
    }
    const canon = canonLabel(para.text.slice(0, 60));
    if (current === 'lead' && LEVEL2_MARKER.test(canon)) numberedHeadings++;
    const colon = canon.indexOf('：');
    if (MARKER.test(canon) && colon > 0 && colon <= MAX_HEADING && current === 'lead') {
      issues.push({
        severity: 'info',
        where: where(para.line),
        message: `“${section.heading}”中的小标题“${para.text.slice(0, colon + 1)}”不是标准小标题，内容已放入开头部分`,
      });
    }
    out[current]!.push(para.text);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join('\n')]));
}
