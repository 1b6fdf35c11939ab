/**
 * A report year as a clerk types it: "2025", "2025年", "2025年度", "２０２５ 年". Anything else (two
 * numbers, a short year, words) is refused rather than guessed at.
 */
export const YEAR_MIN = 2008;
export const YEAR_MAX = 2100;

export function parseYearInput(raw: string): number | null {
  const text = raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '');
  const m = /^(\d{4})(?:年度?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}
