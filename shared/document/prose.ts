/**
 * The prose sections 一, 五 and 六 as blocks, with the organ's words as written. A part that starts with
 * its own sub-heading keeps it, run in (（一）主动公开：2025 年，…) or on its own line; a part typed without
 * one gets the official sub-heading in the style the section's own headings use, so a section never mixes
 * run-in and separate headings, or numbered and unnumbered ones. Generated text (the fee sentence) is
 * added only where the section has none of its own on the subject.
 */
import { FEE_TITLE, subHeading, type SectionDef } from '../format';
import { readPartHeading } from '../import/text-prose';
import type { Report } from '../report';
import type { Block, HeadingLevel } from './model';
import { generatedFeeSentence } from './sentences';

/**
 * Control characters (pasted from other programs, kept by an import) are not allowed in XML or HTML text. The
 * docx library drops them itself; the HTML would carry them. They mean nothing in a report, so the model drops them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export function printable(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/** Short lines that number themselves like a heading become one: （一）… is level 2, 1. … is level 3. */
const LEVEL2_LINE = /^（[一二三四五六七八九十]+）/;
const LEVEL3_LINE = /^\d+[.．](?!\d)/;
const HEADING_MAX_CHARS = 30;
/** （六）其他事项：… — a numbered heading that runs into its paragraph; a longer prefix is a sentence */
const LEVEL2_RUN_IN = /^(（[一二三四五六七八九十]+）[^：:。；;]{1,24}[：:]\s*)(\S.*)$/;

function looksLikeHeading(line: string): HeadingLevel | null {
  if ([...line].length > HEADING_MAX_CHARS || /[。；;]/.test(line.slice(0, -1))) return null;
  if (LEVEL2_LINE.test(line)) return 2;
  if (LEVEL3_LINE.test(line)) return 3;
  return null;
}

function lines(text: string): string[] {
  return printable(text)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function lineBlock(line: string): Block {
  const level = looksLikeHeading(line);
  if (level) return { kind: 'heading', level, text: line };
  const runIn = LEVEL2_RUN_IN.exec(line);
  if (runIn) return { kind: 'paragraph', runIn: { level: 2, text: runIn[1]! }, text: runIn[2]! };
  return { kind: 'paragraph', text: line };
}

export function proseBlocks(text: string): Block[] {
  return lines(text).map(lineBlock);
}

const isLevel2 = (b: Block) =>
  (b.kind === 'heading' && b.level === 2) || (b.kind === 'paragraph' && b.runIn?.level === 2);

/** How the section's own sub-headings look; the sub-headings the document adds look the same. */
interface HeadingStyle {
  runIn: boolean;
  numbered: boolean;
}
const DEFAULT_STYLE: HeadingStyle = { runIn: false, numbered: true };

interface Part {
  title: string;
  lines: string[];
}

function ownHeading(part: Part, section: SectionDef) {
  const first = part.lines[0];
  return first === undefined ? null : readPartHeading(first, section);
}

function sectionStyle(parts: readonly Part[], section: SectionDef): HeadingStyle {
  for (const p of parts) {
    const h = ownHeading(p, section);
    if (h) return { runIn: h.content !== '', numbered: h.numbered };
  }
  return DEFAULT_STYLE;
}

/**
 * Parts that have text, in the standard order; an empty part leaves no gap in （一）（二）…. A part's own
 * （n） sets the count, so an added heading follows the organ's numbering instead of repeating a number.
 */
function partBlocks(parts: readonly Part[], section: SectionDef, numberedBefore: number): Block[] {
  const present = parts.filter((p) => p.lines.length > 0);
  const style = sectionStyle(present, section);
  let count = numberedBefore;
  return present.flatMap((p): Block[] => {
    const [first, ...rest] = p.lines as [string, ...string[]];
    const own = ownHeading(p, section);
    count = own?.ordinal ?? count + 1;
    if (own) {
      const head: Block =
        own.content === ''
          ? { kind: 'heading', level: 2, text: first }
          : { kind: 'paragraph', runIn: { level: 2, text: own.raw }, text: first.slice(own.raw.length) };
      return [head, ...rest.map(lineBlock)];
    }
    const title = style.numbered ? subHeading(count - 1, p.title) : p.title;
    if (style.runIn)
      return [{ kind: 'paragraph', runIn: { level: 2, text: `${title}：` }, text: first }, ...rest.map(lineBlock)];
    return [{ kind: 'heading', level: 2, text: title }, lineBlock(first), ...rest.map(lineBlock)];
  });
}

function sectionProse(report: Report, section: SectionDef): Record<string, string> {
  return report.prose[section.key as keyof Report['prose']] as Record<string, string>;
}

export function proseSectionBlocks(report: Report, section: SectionDef): Block[] {
  const prose = sectionProse(report, section);
  const lead = proseBlocks(prose.lead ?? '');
  const parts = section.parts.map((p) => ({ title: p.title, lines: lines(prose[p.key] ?? '') }));
  const numberedBefore = lead.filter(isLevel2).length;
  if (section.key !== 'other') return [...lead, ...partBlocks(parts, section, numberedBefore)];
  // 六: the fee sentence (unless the section says it in its own words), then the optional sub-items;
  // once any sub-item is present the fee is one of them.
  const fee = generatedFeeSentence(report);
  const feeLines = fee === null ? [] : [printable(fee)];
  if (!parts.some((p) => p.lines.length > 0)) return [...lead, ...feeLines.map(lineBlock)];
  return [...lead, ...partBlocks([{ title: FEE_TITLE, lines: feeLines }, ...parts], section, numberedBefore)];
}
