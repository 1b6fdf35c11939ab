/**
 * The 信息处理费 sentence of section 六 (国办函〔2020〕109号) → the structured fee fields. The organ's own
 * sentence stays in the text as written ("2025 年，某某未收取信息处理费。"); only a sentence the export would
 * write the same from the fields (the program's own wording, e.g. from a report it exported) is taken out,
 * so that it is not printed twice.
 */
import type { ImportIssue } from './outcome';
import { FEE_SUBJECT, feeSentenceFromFields } from '../document/sentences';
import { FEE_FIELDS, FEE_TITLE, sectionDef, subHeading } from '../format';
import { normalizeNumber, type Report } from '../report';
import { NUMBER_PATTERN, parseProseNumber } from '../rules/numerals';
import { where } from './text-cells';
import { canonLabel, withoutNumbering } from './text-labels';
import { readPartHeading, type Paragraph } from './text-prose';

const AMOUNT = '([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万]+)';
const NONE =
  /(?:未|没有|无|不)(?:[^。；]{0,12}?)(?:收取|收缴|收|产生|发生)(?:[^。；]{0,6}?)信息处理费|信息处理费[^。；\d]{0,8}?(?:为)?(?:0|零)(?:\.0+)?\s*元/;
const NOTICES = new RegExp(
  `(?:发出|开具|送达)[^。；\\d]{0,12}?收费通知(?:书)?[^。；\\d]{0,6}?(${NUMBER_PATTERN})\\s*(?:件|份|次|个)`,
);
const NOTICE_AMOUNT = new RegExp(`收费通知(?:书)?[^。；\\d]{0,4}?(?:总)?金额[^。；\\d]{0,6}?${AMOUNT}\\s*元`);
const COLLECTED = new RegExp(
  `(?:实际)?(?:收取|收缴)[^。；\\d]{0,12}?(?:信息处理费|费用)[^。；\\d]{0,8}?${AMOUNT}\\s*元`,
);

type Fee = Report['fee'];
const FEE_HEADING = new RegExp(`^${FEE_TITLE}(?:情况|收取情况|收费情况)?$`);
const LEVEL2_MARKER = /^（[一二三四五六七八九十]+）/;

function amount(raw: string, kind: 'count' | 'yuan'): string | null {
  const arabic = raw.replace(/．/g, '.');
  const n = /^[零〇一二两三四五六七八九十百千万]+$/.test(arabic) ? parseProseNumber(arabic) : arabic;
  if (n === null) return null;
  const r = normalizeNumber(n, kind);
  return r.ok ? r.value : null;
}

/**
 * Reads the fee fields from the fee sentences and returns the paragraphs without the sentences the export
 * writes by itself (writtenByExport: the export will write the fee, as section 六's first numbered item
 * when it has sub-items). A sentence that names the fee but whose figures cannot be read is reported.
 */
export function extractFee(
  paragraphs: readonly Paragraph[],
  issues: ImportIssue[],
): { fee: Fee; rest: Paragraph[]; writtenByExport: boolean } {
  const fee: Fee = { notices: null, noticeAmount: null, collected: null };
  /** each paragraph as sentences, the fee sentences among them marked */
  const read: ReadParagraph[] = [];
  for (const p of paragraphs) {
    // A sub-heading of its own (（一）信息处理费, as our export writes it): kept unless the export writes it.
    if (FEE_HEADING.test(withoutNumbering(canonLabel(p.text)))) {
      read.push({ p, heading: true, sentences: [] });
      continue;
    }
    if (!p.text.includes(FEE_TITLE)) {
      read.push({ p, heading: false, sentences: [{ text: p.text, fee: false }] });
      continue;
    }
    const sentences: Array<{ text: string; fee: boolean }> = [];
    read.push({ p, heading: false, sentences });
    for (const sentence of p.text.split(/(?<=。)/)) {
      if (!sentence.includes(FEE_TITLE) && !sentence.includes('收费通知')) {
        sentences.push({ text: sentence, fee: false });
        continue;
      }
      sentences.push({ text: sentence, fee: true });
      if (NONE.test(sentence)) {
        fee.notices = fee.notices ?? '0';
        fee.noticeAmount = fee.noticeAmount ?? '0';
        fee.collected = fee.collected ?? '0';
        issues.push({
          severity: 'info',
          where: where(p.line),
          message: `已将“${sentence.trim()}”识别为${FEE_TITLE}：${FEE_FIELDS.map((f) => `${f.label}0`).join('，')}`,
        });
        continue;
      }
      const notices = NOTICES.exec(sentence);
      const noticeAmount = NOTICE_AMOUNT.exec(sentence);
      const collected = COLLECTED.exec(sentence);
      const figures = {
        notices: notices ? amount(notices[1]!, 'count') : null,
        noticeAmount: noticeAmount ? amount(noticeAmount[1]!, 'yuan') : null,
        collected: collected ? amount(collected[1]!, 'yuan') : null,
      };
      if (figures.notices === null && figures.noticeAmount === null && figures.collected === null) {
        issues.push({
          severity: 'warning',
          where: where(p.line),
          message: `未能从“${sentence.trim()}”中读出${FEE_TITLE}的件数和金额，原文保留在第六部分，请在${FEE_TITLE}栏中填写`,
        });
        continue;
      }
      for (const f of FEE_FIELDS) if (figures[f.key] !== null) fee[f.key] = figures[f.key];
      const missing = FEE_FIELDS.filter((f) => figures[f.key] === null).map((f) => f.label);
      issues.push({
        severity: missing.length ? 'warning' : 'info',
        where: where(p.line),
        message: `已将“${sentence.trim()}”识别为${FEE_TITLE}：${FEE_FIELDS.filter((f) => figures[f.key] !== null)
          .map((f) => `${f.label}${figures[f.key]}`)
          .join('，')}${missing.length ? `；未能读出${missing.join('、')}，请补填` : ''}`,
      });
    }
  }
  const drop = writtenAsExportWrites(read, feeSentenceFromFields(fee));
  // the export writes the fee only where nothing else in 六 speaks of it: otherwise the sentence is the organ's
  if (read.some((r, i) => !drop.has(i) && FEE_SUBJECT.test(r.p.text))) drop.clear();
  const rest: Paragraph[] = [];
  read.forEach((r, i) => {
    if (drop.has(i)) return;
    const text = r.heading ? r.p.text : r.sentences.map((s) => s.text).join('');
    if (text.trim() !== '') rest.push({ line: r.p.line, text: text.trim() });
  });
  return { fee, rest, writtenByExport: drop.size > 0 };
}

interface ReadParagraph {
  p: Paragraph;
  heading: boolean;
  sentences: Array<{ text: string; fee: boolean }>;
}

const OTHER = sectionDef('other');
const FIRST_ITEM_FEE_HEADING = canonLabel(subHeading(0, FEE_TITLE));

/**
 * The paragraphs (by index) that are the fee sentence exactly where and as the export writes it from the
 * fields: alone after the lead of a section 六 without sub-items, or as its first item (（一）信息处理费, then
 * the sentence) before any sub-item. Anything else about the fee is the organ's own text and stays.
 */
function writtenAsExportWrites(read: readonly ReadParagraph[], generated: string | null): Set<number> {
  const out = new Set<number>();
  if (generated === null) return out;
  const isGenerated = (r: ReadParagraph | undefined) =>
    r !== undefined &&
    !r.heading &&
    r.sentences.length === 1 &&
    r.sentences[0]!.fee &&
    r.sentences[0]!.text.replace(/\s+/g, '') === generated;
  const firstPart = read.findIndex((r) => !r.heading && readPartHeading(r.p.text, OTHER) !== null);
  if (firstPart < 0) {
    const last = read.length - 1;
    if (isGenerated(read[last]) && read.filter((r) => r.sentences.some((s) => s.fee)).length === 1) out.add(last);
    return out;
  }
  // the export heads its fee item like the section's own items: numbered, on a line of its own
  const style = readPartHeading(read[firstPart]!.p.text, OTHER)!;
  if (!style.numbered || style.content !== '') return out;
  const heading = read.findIndex((r) => r.heading);
  const numberedBefore = read.slice(0, Math.max(heading, 0)).some((r) => LEVEL2_MARKER.test(canonLabel(r.p.text)));
  if (
    heading >= 0 &&
    heading + 1 < firstPart &&
    !numberedBefore &&
    canonLabel(read[heading]!.p.text) === FIRST_ITEM_FEE_HEADING &&
    isGenerated(read[heading + 1]) &&
    read.filter((r) => r.sentences.some((s) => s.fee)).length === 1
  ) {
    out.add(heading);
    out.add(heading + 1);
  }
  return out;
}
