/**
 * Word's automatic numbering. A heading like 一、总体情况 or （一）主动公开 may be a numbered list
 * item whose "一、" is not in document.xml at all but computed from numbering.xml (directly on the
 * paragraph or through its style). Without it the headings would arrive without their numerals.
 */
import { child, children, intVal, parseXml, val, type XmlElement } from './docx-nodes';
import { MAX_LIST_LEVEL, MAX_LIST_NUMBER } from './limits';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESISED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOPPED = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';

/** 1 → 一, 10 → 十, 15 → 十五, 21 → 二十一, 105 → 一百零五 (enough for headings and list items). */
function chineseNumber(n: number, digits: readonly string[], ten: string, hundred: string): string {
  if (n < 10) return digits[n]!;
  if (n < 20) return `${ten}${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}${ten}${n % 10 ? digits[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail =
      rest === 0
        ? ''
        : rest < 10
          ? `${digits[0]}${digits[rest]}`
          : rest < 20
            ? `${digits[1]}${chineseNumber(rest, digits, ten, hundred)}`
            : chineseNumber(rest, digits, ten, hundred);
    return `${digits[Math.floor(n / 100)]}${hundred}${tail}`;
  }
  return String(n);
}

function letters(n: number, upper: boolean): string {
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

function pick(list: string, n: number): string {
  return [...list][n - 1] ?? String(n);
}

export function formatNumber(n: number, format: string): string {
  // a hostile start value would spell out millions of letters or Ms: past Word's own range, digits
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_LIST_NUMBER) return String(n);
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseNumber(n, CHINESE_DIGITS, '十', '百');
    case 'chineseLegalSimplified':
      return chineseNumber(n, LEGAL_DIGITS, '拾', '佰');
    case 'ideographTraditional':
      return pick(HEAVENLY_STEMS, n);
    case 'ideographZodiac':
      return pick(EARTHLY_BRANCHES, n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return pick(CIRCLED, n);
    case 'decimalEnclosedParen':
      return pick(PARENTHESISED, n);
    case 'decimalEnclosedFullstop':
      return pick(FULL_STOPPED, n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function readLevel(lvl: XmlElement): Level {
  return {
    start: intVal(child(lvl, 'w:start')) ?? 1,
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
    suffix: val(child(lvl, 'w:suff')) ?? 'tab',
  };
}

function levelsOf(el: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(el).filter((c) => c.name === 'w:lvl'))
    levels.set(Number(lvl.attribs['w:ilvl'] ?? 0), readLevel(lvl));
  return levels;
}

interface NumberingInstance {
  levels: Map<number, Level>;
  startOverrides: Map<number, number>;
}

function readInstances(numberingXml: string | undefined): Map<string, NumberingInstance> {
  const instances = new Map<string, NumberingInstance>();
  const root = numberingXml ? parseXml(numberingXml).find((e) => e.name === 'w:numbering') : undefined;
  if (!root) return instances;
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of children(root).filter((c) => c.name === 'w:abstractNum'))
    abstracts.set(a.attribs['w:abstractNumId'] ?? '', levelsOf(a));
  for (const num of children(root).filter((c) => c.name === 'w:num')) {
    const base = abstracts.get(val(child(num, 'w:abstractNumId')) ?? '') ?? new Map<number, Level>();
    const levels = new Map(base);
    const startOverrides = new Map<number, number>();
    for (const o of children(num).filter((c) => c.name === 'w:lvlOverride')) {
      const ilvl = Number(o.attribs['w:ilvl'] ?? 0);
      const start = intVal(child(o, 'w:startOverride'));
      if (start !== undefined) startOverrides.set(ilvl, start);
      const lvl = child(o, 'w:lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl));
    }
    instances.set(num.attribs['w:numId'] ?? '', { levels, startOverrides });
  }
  return instances;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

function readStyles(stylesXml: string | undefined): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  const root = stylesXml ? parseXml(stylesXml).find((e) => e.name === 'w:styles') : undefined;
  if (!root) return styles;
  for (const s of children(root).filter((c) => c.name === 'w:style' && c.attribs['w:type'] === 'paragraph')) {
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    styles.set(s.attribs['w:styleId'] ?? '', {
      numId: val(child(numPr, 'w:numId')),
      ilvl: intVal(child(numPr, 'w:ilvl')),
      basedOn: val(child(s, 'w:basedOn')),
    });
  }
  return styles;
}

export interface DocxNumbering {
  /** The number label of a paragraph ("一、", "（一）"), counting as paragraphs come in document order. */
  labelFor(pPr: XmlElement | undefined): string;
}

export function createNumbering(parts: { numberingXml?: string; stylesXml?: string } = {}): DocxNumbering {
  const instances = readInstances(parts.numberingXml);
  const styles = readStyles(parts.stylesXml);
  const counters = new Map<string, number[]>();

  /** Direct numbering wins over the style's; a style inherits it along w:basedOn. */
  function numberingOf(pPr: XmlElement | undefined): { numId: string; ilvl: number } | null {
    const numPr = child(pPr, 'w:numPr');
    let numId = val(child(numPr, 'w:numId'));
    let ilvl = intVal(child(numPr, 'w:ilvl'));
    let styleId = val(child(pPr, 'w:pStyle'));
    for (let depth = 0; styleId && depth < 20 && (numId === undefined || ilvl === undefined); depth++) {
      const style = styles.get(styleId);
      if (!style) break;
      numId ??= style.numId;
      if (style.numId !== undefined || numId !== undefined) ilvl ??= style.ilvl;
      styleId = style.basedOn;
    }
    if (numId === undefined || numId === '0') return null;
    // Word has nine levels (0–8); another value would size the counters by a hostile number
    if (ilvl !== undefined && (ilvl < 0 || ilvl > MAX_LIST_LEVEL)) return null;
    return { numId, ilvl: ilvl ?? 0 };
  }

  return {
    labelFor(pPr) {
      const at = numberingOf(pPr);
      const instance = at && instances.get(at.numId);
      const level = instance?.levels.get(at!.ilvl);
      if (!at || !instance || !level || level.format === 'bullet') return '';
      const startOf = (ilvl: number) => instance.startOverrides.get(ilvl) ?? instance.levels.get(ilvl)?.start ?? 1;
      const counts = counters.get(at.numId) ?? [];
      counts[at.ilvl] = counts[at.ilvl] === undefined ? startOf(at.ilvl) : counts[at.ilvl]! + 1;
      counts.length = at.ilvl + 1;
      counters.set(at.numId, counts);
      const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
        const ilvl = Number(d) - 1;
        const n = counts[ilvl] ?? startOf(ilvl);
        return formatNumber(n, instance.levels.get(ilvl)?.format ?? 'decimal');
      });
      return level.suffix === 'space' ? `${text} ` : text;
    },
  };
}
