/**
 * Numbers as written in report prose: Arabic (129, １２９, 1,234) or Chinese (一百二十九, 两百零五, 十五, 〇).
 * Returns a canonical integer string, or null when the text is not a number we can read for sure.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A source fragment for regexes: one number, Arabic or Chinese. */
export const NUMBER_PATTERN = '[0-9０-９][0-9０-９,，]*|[零〇一二两三四五六七八九十百千万]+';

function chineseBelowTenThousand(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null; // 二三 is not a number
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      total += (digit ?? 1) * UNITS[ch]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

export function parseProseNumber(raw: string): string | null {
  const text = raw.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9][0-9,，]*$/.test(text)) {
    const plain = text.replace(/[,，]/g, '');
    if (/[,，]/.test(text) && !/^\d{1,3}([,，]\d{3})+$/.test(text)) return null;
    return plain.replace(/^0+(?=\d)/, '');
  }
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return null;
  const [high, low] = text.includes('万') ? (text.split('万') as [string, string]) : ['', text];
  if (text.split('万').length > 2) return null;
  const h = high === '' ? (text.includes('万') ? 1 : 0) : chineseBelowTenThousand(high);
  const l = low === '' ? 0 : chineseBelowTenThousand(low);
  if (h === null || l === null) return null;
  return String(h * 10000 + l);
}
