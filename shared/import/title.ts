/**
 * The report's title the way a person finds it: a line that names an organ and a year and ends in
 * 政府信息公开(工作)年度报告 or 年报. All title forms of REAL-WORLD.md are read here, once, for text,
 * HTML and .docx: {organ}{year}年(度)政府信息公开(工作)年度报告, {organ}政府信息公开{year}年度报告,
 * …年报, {year}年{organ}…, spaces inside, 二〇二五. A breadcrumb (首页 > 政府信息公开 > 政府信息公开年报)
 * or a sentence that mentions the report (现将…年度报告公布如下：) is never a title.
 */

export interface TitleReading {
  /** null: the line has no organ (its organ is on the line above) */
  organ: string | null;
  /** null: the line has no year */
  year: number | null;
  /** the line as printed, spaces removed and the year in digits */
  compact: string;
}

/** Longer than any organ name plus the suffix: a paragraph that merely mentions the report. */
export const TITLE_MAX_CHARS = 80;
const ORGAN_MAX_CHARS = 50;
/** Years a 2008-or-later 条例 report can be for. */
const FIRST_REPORT_YEAR = 2008;
const LAST_REPORT_YEAR = 2100;

const SPACES = /[\s\u00a0\u3000\u200b]+/g;
/** 二〇二五 / 二零二五 before 年: digit by digit */
const CHINESE_YEAR = /[〇○零一二三四五六七八九]{4}(?=年)/g;
const CHINESE_DIGITS = '〇一二三四五六七八九';

/** Navigation and sentence marks: a line with them is a breadcrumb or a sentence, not a title. */
const NOT_IN_A_TITLE = /[>›»＞→|｜/、，,。；;：:！？!?]|首页|当前位置|您的位置/;
/** Words that show the "organ" part is a site path, not an organ. */
const NOT_AN_ORGAN = /政府信息公开|年报|年度报告|首页|当前位置|网站/;

const PUBLICATION = '政府信息公开';
const WORK = '(?:工作)?';
const REPORT = '(?:年度报告|年报)';
/** each form with its groups: organ, year (either may be absent) */
const FORMS: ReadonlyArray<{ re: RegExp; organ: number; year: number }> = [
  // 孟州市人民政府办公室2025年(度)政府信息公开(工作)年度报告 / 年报; without an organ: 2025年…
  { re: new RegExp(`^(.*?)(\\d{4})年度?${PUBLICATION}${WORK}${REPORT}$`), organ: 1, year: 2 },
  // 孟州市人民政府办公室政府信息公开(工作)2025年度(工作)报告
  { re: new RegExp(`^(.*?)${PUBLICATION}${WORK}(\\d{4})年度?${WORK}(?:报告|年报)$`), organ: 1, year: 2 },
  // 2025年(度)孟州市人民政府办公室政府信息公开(工作)年度报告
  { re: new RegExp(`^(\\d{4})年度?(.+?)${PUBLICATION}${WORK}${REPORT}$`), organ: 2, year: 1 },
  // no year at all: 孟州市人民政府办公室政府信息公开工作年度报告
  { re: new RegExp(`^(.*?)${PUBLICATION}${WORK}${REPORT}$`), organ: 1, year: 0 },
];

/** Spaces removed, full-width forms folded, a year in Chinese numerals written in digits. */
export function compactTitle(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(CHINESE_YEAR, (y) => [...y].map((d) => String(CHINESE_DIGITS.indexOf(d.replace(/[零○]/, '〇')))).join(''));
}

/** The line read as a title, or null when it is not one. */
export function readTitle(raw: string): TitleReading | null {
  const compact = compactTitle(raw);
  if (compact.length === 0 || compact.length > TITLE_MAX_CHARS || NOT_IN_A_TITLE.test(compact)) return null;
  for (const form of FORMS) {
    const m = form.re.exec(compact);
    if (!m) continue;
    const organ = (m[form.organ] ?? '').trim();
    if (organ !== '' && (NOT_AN_ORGAN.test(organ) || organ.length > ORGAN_MAX_CHARS || /\d/.test(organ))) return null;
    const year = form.year ? Number(m[form.year]) : null;
    return {
      organ: organ === '' ? null : organ,
      year: year !== null && year >= FIRST_REPORT_YEAR && year <= LAST_REPORT_YEAR ? year : null,
      compact,
    };
  }
  return null;
}

/** Short enough, and free of sentence and navigation marks: a line that can be the organ above a title. */
export function isTitlePiece(raw: string): boolean {
  const compact = compactTitle(raw);
  return (
    compact.length > 0 &&
    compact.length <= ORGAN_MAX_CHARS &&
    !NOT_IN_A_TITLE.test(compact) &&
    !NOT_AN_ORGAN.test(compact) &&
    !/\d/.test(compact)
  );
}

export interface FoundTitle {
  /** index of the first line of the title (the organ line when it is set over two lines) */
  start: number;
  /** index of the last line of the title */
  end: number;
  reading: TitleReading;
}

/**
 * The title among lines (null for a line that is not text, such as a table row): the last line
 * before the body that reads as a title with an organ (a page may list other reports above it), or a title line without organ joined with the short line(s)
 * above it (organ and year set on two lines). A title line with neither is still the title (its
 * organ and year are asked for).
 */
export function findTitle(lines: ReadonlyArray<string | null>, maxPieces = 2): FoundTitle | null {
  let fallback: FoundTitle | null = null;
  let best: FoundTitle | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    if (text === null || text === undefined) continue;
    const reading = readTitle(text);
    if (!reading) continue;
    if (reading.organ !== null) {
      best = { start: i, end: i, reading };
      continue;
    }
    let start = i;
    let organ = '';
    while (start > 0 && i - start < maxPieces) {
      const above = lines[start - 1];
      if (above === null || above === undefined || !isTitlePiece(above)) break;
      organ = compactTitle(above) + organ;
      start--;
    }
    if (organ !== '') {
      const joined = readTitle(organ + reading.compact);
      if (joined?.organ) {
        best = { start, end: i, reading: joined };
        continue;
      }
    }
    fallback ??= { start: i, end: i, reading };
  }
  return best ?? fallback;
}
