/**
 * Turns what a clerk types (or an import reads) into a canonical cell value, or a Chinese message.
 * Accepted: full-width digits (１２９), thousands separators (1,234 / 1，234 / 1 234), surrounding
 * spaces. A space between digits anywhere else ("12 9") is refused: it hides a typo (129? 12 and 9?).
 * Everything else is refused, and never stored as a number.
 */
import { NUMBER_KIND_DECIMALS, type NumberKind } from '../format';

export type NormalizeResult = { ok: true; value: string | null } | { ok: false; message: string };

/** The largest integer part accepted: more than this in one report cell is surely a typing slip. */
export const MAX_INTEGER_DIGITS: Record<NumberKind, number> = { count: 9, wanYuan: 12, yuan: 14 };

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const SPACE_CLASS = '[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]';
const SPACES = new RegExp(SPACE_CLASS, 'g');
const SPACE_BETWEEN_DIGITS = new RegExp(`\\d${SPACE_CLASS}+\\d`);
/** Spaces that group thousands: 1 234 567 (optionally with decimals). */
const SPACE_GROUPED = new RegExp(`^[+]?\\d{1,3}(?:${SPACE_CLASS}\\d{3})+(?:\\.\\d+)?$`);

function toHalfWidth(raw: string): string {
  return raw
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，,]/g, ',')
    .replace(/[－−–—]/g, '-')
    .replace(/＋/g, '+');
}

export function normalizeNumber(raw: string | null | undefined, kind: NumberKind): NormalizeResult {
  if (raw == null) return { ok: true, value: null };
  const half = toHalfWidth(raw).trim();
  if (SPACE_BETWEEN_DIGITS.test(half) && !SPACE_GROUPED.test(half))
    return { ok: false, message: `数字中间有空格（“${half}”），请删去空格或改正，以免把两个数连成一个` };
  const s = half.replace(SPACES, '');
  if (s === '') return { ok: true, value: null };

  if (/^-\d/.test(s) || /^-[\d,.]+$/.test(s)) return { ok: false, message: '不能为负数' };
  if (/^-+$/.test(s)) return { ok: false, message: '请填写数字；没有发生的请填 0' };
  const unsigned = s.startsWith('+') ? s.slice(1) : s;

  let body = unsigned;
  if (body.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) return { ok: false, message: '千位分隔符位置不正确' };
    body = body.replace(/,/g, '');
  }
  if (!/^\d+(\.\d+)?$/.test(body)) {
    if (/^\d*\.\d*$/.test(body)) return { ok: false, message: '数字格式不正确' };
    if (/[eE]/.test(body) && /^[\d.]+[eE][+-]?\d+$/.test(body))
      return { ok: false, message: '请直接填写数字，不要用科学计数法' };
    return { ok: false, message: '只能填写数字' };
  }

  const [intPart, frac = ''] = body.split('.') as [string, string?];
  const decimals = NUMBER_KIND_DECIMALS[kind];
  if (frac.length > 0 && decimals === 0) return { ok: false, message: '件数须为整数' };
  if (frac.length > decimals) {
    return { ok: false, message: kind === 'wanYuan' ? '万元金额最多保留6位小数' : '元金额最多保留2位小数' };
  }
  const int = intPart.replace(/^0+(?=\d)/, '');
  if (int.length > MAX_INTEGER_DIGITS[kind]) return { ok: false, message: '数值过大，请核对' };
  return { ok: true, value: frac.length > 0 ? `${int}.${frac}` : int };
}

/** Is a stored cell value a valid number of this kind? (What CELL-DOMAIN checks.) */
export function domainMessage(value: string, kind: NumberKind): string | null {
  const r = normalizeNumber(value, kind);
  if (!r.ok) return r.message;
  return r.value === value ? null : '数值未规范化';
}
