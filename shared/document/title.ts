/** The report's title: which one the document carries, whether it names organ and year, where it breaks over lines. */
import { REPORT_TITLE_SUFFIX, reportTitle } from '../format';
import type { Report } from '../report';
import { BLANK_PLACEHOLDER } from './model';

/**
 * 版心 156 mm (GB/T 9704-2012 §5.2.2) over one 2号 character (22 pt = 7.76 mm): 20 characters a line.
 */
export const TITLE_LINE_CHARS = 20;

function balancedChunks(text: string, max: number): string[] {
  const chars = [...text];
  const lines = Math.ceil(chars.length / max);
  const size = Math.ceil(chars.length / lines);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

/**
 * The title over as few lines as fit, breaking after the organ name (before the year) when that gives
 * lines that fit: 孟州市人民政府办公室 / 2025年政府信息公开工作年度报告.
 */
export function splitTitle(title: string, max = TITLE_LINE_CHARS): string[] {
  const t = title.trim();
  if ([...t].length <= max) return [t];
  const m = /^(.+?)(\s*\d{4}\s*年.*)$/.exec(t);
  if (m) {
    const organ = m[1]!.trim();
    const rest = m[2]!.trim();
    if ([...rest].length <= max) {
      return [...([...organ].length <= max ? [organ] : balancedChunks(organ, max)), rest];
    }
  }
  return balancedChunks(t, max);
}

/**
 * The title the document carries: the clerk's own when given, else the conventional one from organ and
 * year. A draft without organ or year shows blanks where they go; a final is refused before that
 * (SECTION-REQUIRED, TITLE-ORGAN-YEAR).
 */
export function documentTitle(report: Report): string {
  if (report.title.trim()) return report.title.trim();
  const organ = report.organ.name.trim();
  if (report.year !== null && organ) return reportTitle(organ, report.year);
  return `${organ || BLANK_PLACEHOLDER}${report.year ?? BLANK_PLACEHOLDER}${REPORT_TITLE_SUFFIX}`;
}

const SPACES = /[\s\u3000]+/g;
const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 2025 → 二〇二五, the other way titles write a year */
function chineseYear(year: number): string {
  return [...String(year)].map((d) => CHINESE_DIGITS[Number(d)]).join('');
}

/** What the title leaves out of organ name and year (whitespace aside); empty when it names both. */
export function titleOmissions(title: string, organName: string, year: number | null): Array<'organ' | 'year'> {
  const t = title.replace(SPACES, '');
  const organ = organName.replace(SPACES, '');
  const out: Array<'organ' | 'year'> = [];
  if (organ === '' || !t.includes(organ)) out.push('organ');
  if (year === null || !(t.includes(String(year)) || t.includes(chineseYear(year)))) out.push('year');
  return out;
}
