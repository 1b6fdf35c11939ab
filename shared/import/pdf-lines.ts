/**
 * Text items of a PDF page (each a run of glyphs with its position) → lines of text. Lines are found by
 * position, never by the order the file stores its items: a PDF may write a table column by column, a
 * heading after the paragraph below it, or each glyph on its own.
 */

/** One run of text where the page draws it, in points from the page's top-left corner. */
export interface PdfTextItem {
  text: string;
  /** left edge */
  x: number;
  /** baseline */
  y: number;
  width: number;
  /** font size (the glyphs' height) */
  size: number;
}

export interface PdfLine {
  items: PdfTextItem[];
  text: string;
  x: number;
  right: number;
  /** baseline */
  y: number;
  size: number;
}

/** Items whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE_SHARE = 0.4;
/** A gap below this share of the font size is no word gap (kerning, glyph-by-glyph placement). */
const WORD_GAP_SHARE = 0.15;

/**
 * Kangxi radicals (U+2F00…U+2FD5) look exactly like the ideographs they stand for, and a PDF whose font
 * maps a glyph to both (Chromium with Noto CJK does) hands back 「⼀」 for 「一」. NFKC maps each to its
 * ideograph; it is applied to that block alone, since NFKC elsewhere would turn full-width punctuation
 * into ASCII.
 */
const KANGXI = /[\u2F00-\u2FD5]/g;
/**
 * The CJK Radicals Supplement has no NFKC mapping for most of its simplified forms, yet the same fonts
 * hand them back for whole characters (「人⺠政府」, 「黑⻰江」): the C-simplified and whole-character forms,
 * to the ideographs they look like (names from the Unicode character database).
 */
const RADICAL_CHARACTERS: Readonly<Record<string, string>> = {
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE1': '首',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF3': '龟',
};
const RADICALS = new RegExp(`[${Object.keys(RADICAL_CHARACTERS).join('')}]`, 'g');
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function normalizePdfText(text: string): string {
  return text
    .replace(KANGXI, (c) => c.normalize('NFKC'))
    .replace(RADICALS, (c) => RADICAL_CHARACTERS[c] ?? c)
    .replace(INVISIBLE, '');
}

export const itemCentreY = (item: PdfTextItem): number => item.y - item.size * 0.35;
export const itemCentreX = (item: PdfTextItem): number => item.x + item.width / 2;

const ASCII_WORD = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;

/** What goes between two items of one line: a space between Latin words or before a number, nothing in Chinese. */
function separator(before: PdfTextItem, after: PdfTextItem): string {
  const gap = after.x - (before.x + before.width);
  const size = Math.max(before.size, after.size);
  if (gap <= WORD_GAP_SHARE * size || /\s$/.test(before.text) || /^\s/.test(after.text)) return '';
  const last = before.text.slice(-1);
  const first = after.text.charAt(0);
  // digits set one by one with letter spacing belong together
  if (DIGIT.test(last) && DIGIT.test(first)) return '';
  return ASCII_WORD.test(last) || ASCII_WORD.test(first) ? ' ' : '';
}

export function lineText(items: readonly PdfTextItem[]): string {
  let out = '';
  items.forEach((item, i) => {
    if (i > 0) out += separator(items[i - 1]!, item);
    out += item.text;
  });
  // letter-spaced Chinese (a title set 孟 州 市) has spaces between characters that no reader would keep
  return out.replace(/\s+/g, ' ').replace(CJK_SPACE, '$1').trim();
}

const CJK = '\\u3000-\\u303F\\u3400-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u2018-\\u201D';
const CJK_SPACE = new RegExp(`([${CJK}]) (?=[${CJK}])`, 'g');

function makeLine(items: PdfTextItem[]): PdfLine {
  items.sort((a, b) => a.x - b.x);
  const size = Math.max(...items.map((i) => i.size));
  return {
    items,
    text: lineText(items),
    x: Math.min(...items.map((i) => i.x)),
    right: Math.max(...items.map((i) => i.x + i.width)),
    y: items.reduce((sum, i) => sum + i.y, 0) / items.length,
    size,
  };
}

/**
 * Groups items into lines: sorted by baseline, an item joins the line above when its baseline is within
 * a share of the font size of that line's first baseline. Items that are only spaces carry no text (the
 * gaps are measured from positions). Linear after the sort.
 */
export function groupLines(items: readonly PdfTextItem[]): PdfLine[] {
  const visible = items.filter((i) => i.text.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y));
  const sorted = [...visible].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let current: PdfTextItem[] = [];
  let anchor = 0;
  let anchorSize = 0;
  for (const item of sorted) {
    const tolerance = SAME_LINE_SHARE * Math.min(anchorSize || item.size, item.size);
    if (current.length > 0 && item.y - anchor <= tolerance) {
      current.push(item);
      continue;
    }
    if (current.length > 0) lines.push(makeLine(current));
    current = [item];
    anchor = item.y;
    anchorSize = item.size;
  }
  if (current.length > 0) lines.push(makeLine(current));
  return lines;
}
