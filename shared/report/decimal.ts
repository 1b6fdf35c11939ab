/**
 * Exact decimal arithmetic on canonical decimal strings ("129", "0.35"), so that a 万元 amount
 * never becomes 0.30000000000000004.
 */
const CANONICAL = /^(0|[1-9]\d*)(\.\d+)?$/;

export function isCanonicalDecimal(s: string): boolean {
  return CANONICAL.test(s);
}

export function decimalPlaces(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function toScaled(s: string, scale: number): bigint {
  const [int, frac = ''] = s.split('.');
  return BigInt(int! + frac.padEnd(scale, '0'));
}

function fromScaled(v: bigint, scale: number): string {
  if (scale === 0) return v.toString();
  const negative = v < 0n;
  const digits = (negative ? -v : v).toString().padStart(scale + 1, '0');
  const out = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${out}` : out;
}

/** Sum of canonical decimals, keeping the largest number of decimals among the terms. */
export function addDecimals(terms: readonly string[]): string {
  const scale = Math.max(0, ...terms.map(decimalPlaces));
  return fromScaled(
    terms.reduce((acc, t) => acc + toScaled(t, scale), 0n),
    scale,
  );
}

/** a − b, exact. */
export function subtractDecimals(a: string, b: string): string {
  const scale = Math.max(decimalPlaces(a), decimalPlaces(b));
  return fromScaled(toScaled(a, scale) - toScaled(b, scale), scale);
}

/** Numeric comparison of canonical decimals: −1, 0 or 1. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const scale = Math.max(decimalPlaces(a), decimalPlaces(b));
  const d = toScaled(a, scale) - toScaled(b, scale);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function isZeroDecimal(s: string): boolean {
  return /^0+(\.0*)?$/.test(s);
}
