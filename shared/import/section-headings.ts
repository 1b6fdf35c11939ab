/**
 * The six section headings in every numbering people use — 一、 一． 一. 一 、 一 (no mark), 1. 1、,
 * （一） at top level, 第一部分 — bold or not, matched by their words against the format definition
 * (SECTIONS), never by headings spelt again here. The number must agree with the section unless the
 * words are exactly the official ones: so （一）主动公开 inside 一 (a sub-heading) and T3's row labels
 * 一、本年新收… are never taken for sections.
 */
import { SECTIONS } from '../format';
import { bigramDice } from '../rules/similarity';
import { canonLabel, withoutNumbering } from './text-labels';

/** A heading is short; a longer line is a paragraph that starts with a numeral. */
export const MAX_HEADING_LENGTH = 40;
/** Enough shared wording to be the same heading reworded (存在的主要问题和改进措施 for …及改进情况). */
const HEADING_SIMILARITY = 0.5;

export type HeadingNumbering = 'chinese' | 'arabic' | 'parenthesised' | 'part' | 'none';

export interface HeadingMatch {
  /** index into SECTIONS */
  index: number;
  numbering: HeadingNumbering;
  /** the words equal the official heading's words */
  exactWords: boolean;
}

const CHINESE_NUMERALS = '一二三四五六七八九十';

/** Each numbering: how it is written and which number it says. */
const NUMBERINGS: ReadonlyArray<{ kind: HeadingNumbering; re: RegExp; number: (m: RegExpExecArray) => number }> = [
  {
    kind: 'part',
    re: /^第([一二三四五六七八九十])部分[、.．:：]?/,
    number: (m) => CHINESE_NUMERALS.indexOf(m[1]!) + 1,
  },
  {
    kind: 'parenthesised',
    re: /^[（(]([一二三四五六七八九十])[）)][、.．]?/,
    number: (m) => CHINESE_NUMERALS.indexOf(m[1]!) + 1,
  },
  { kind: 'arabic', re: /^([1-9])(?:[.、．]|(?=[^\d.]))/, number: (m) => Number(m[1]) },
  { kind: 'chinese', re: /^([一二三四五六七八九十])[、.．,，]?/, number: (m) => CHINESE_NUMERALS.indexOf(m[1]!) + 1 },
];

const official = SECTIONS.map((s) => withoutNumbering(canonLabel(s.heading)));

function wordsOf(line: string): { words: string; numbering: HeadingNumbering; number: number | null } {
  const compact = line.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '');
  for (const n of NUMBERINGS) {
    const m = n.re.exec(compact);
    if (m) return { words: canonLabel(compact.slice(m[0].length)), numbering: n.kind, number: n.number(m) };
  }
  return { words: canonLabel(compact), numbering: 'none', number: null };
}

/**
 * Which section a line opens, looking only at sections from `from` on (headings come in order).
 * Null for a table row (tab), a long line, or words that match no section. `numbering`: how the
 * headings found so far are numbered; a reworded heading must be numbered the same way, since a
 * differently numbered line (（四）政府信息公开平台建设 in a 一、-numbered report) is a sub-heading.
 */
export function matchSectionHeading(raw: string, from = 0, style?: HeadingNumbering): HeadingMatch | null {
  if (raw.includes('\t')) return null;
  const trimmed = raw.trim();
  if (trimmed === '' || canonLabel(trimmed).length > MAX_HEADING_LENGTH) return null;
  const { words, numbering, number } = wordsOf(trimmed);
  if (words === '') return null;
  for (let index = Math.max(0, from); index < SECTIONS.length; index++) {
    const exactWords = words === official[index];
    const numberAgrees = number === index + 1;
    if (exactWords && (numbering === 'none' || numberAgrees || numbering === 'chinese')) {
      return { index, numbering, exactWords };
    }
    if (
      numberAgrees &&
      (style === undefined || style === numbering) &&
      bigramDice(words, official[index]!) >= HEADING_SIMILARITY
    ) {
      return { index, numbering, exactWords: false };
    }
  }
  return null;
}
