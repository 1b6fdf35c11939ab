/**
 * Comparing printed labels with official ones. canonLabel() removes only what does not change the
 * wording — whitespace, full/half width, quote marks, the numbering punctuation (1、 1． （1） → 1.) —
 * so that equal canonical forms mean "the official label"; anything else is a deviation to report.
 */
import { bigramDice } from '../rules/similarity';

const SPACES = /[\s\u00A0\u2000-\u200B\u3000\uFEFF]+/g;
const QUOTES = /["'“”‘’「」『』]/g;

/**
 * Canonical forms already computed. The official labels are compared with every printed row, so the
 * same few hundred strings are canonicalised again and again; beyond this many entries the cache is
 * emptied, which bounds its memory whatever a file holds.
 */
const CANON_CACHE_ENTRIES = 4096;
/** Longer text is not a label; caching it would only hold memory. */
const CANON_CACHE_MAX_CHARS = 200;
const canonCache = new Map<string, string>();

export function canonLabel(raw: string): string {
  if (raw.length > CANON_CACHE_MAX_CHARS) return canonicalise(raw);
  let canon = canonCache.get(raw);
  if (canon === undefined) {
    if (canonCache.size >= CANON_CACHE_ENTRIES) canonCache.clear();
    canon = canonicalise(raw);
    canonCache.set(raw, canon);
  }
  return canon;
}

function canonicalise(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(QUOTES, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/^（(\d+)）/, '$1.')
    .replace(/^(\d+)[、.．]/, '$1.')
    .replace(/^([一二三四五六七八九十]+)[.．]/, '$1、')
    .replace(/[：。]+$/, '');
}

/** The label without its leading numbering: 1.属于国家秘密 → 属于国家秘密, （七）总计 → 总计, 一、… → … */
export function withoutNumbering(canon: string): string {
  return canon.replace(/^(?:\d+\.|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/, '');
}

export interface LabelMatch<T> {
  item: T;
  /** 'exact': same wording; 'numbering': only the numbering differs; 'similar': misspelt or reworded */
  how: 'exact' | 'numbering' | 'similar';
}

const SIMILAR_ENOUGH = 0.6;

/** Finds the official label a printed one stands for; null when nothing is close enough. */
export function matchLabel<T>(raw: string, candidates: readonly T[], labelOf: (t: T) => string): LabelMatch<T> | null {
  const canon = canonLabel(raw);
  if (canon === '') return null;
  for (const c of candidates) if (canonLabel(labelOf(c)) === canon) return { item: c, how: 'exact' };
  const bare = withoutNumbering(canon);
  for (const c of candidates)
    if (withoutNumbering(canonLabel(labelOf(c))) === bare) return { item: c, how: 'numbering' };
  let best: { item: T; score: number } | null = null;
  for (const c of candidates) {
    const score = bigramDice(bare, withoutNumbering(canonLabel(labelOf(c))));
    if (score >= SIMILAR_ENOUGH && (!best || score > best.score)) best = { item: c, score };
  }
  return best ? { item: best.item, how: 'similar' } : null;
}

const CJK = /[\u4e00-\u9fff]/g;

/** A cell that names something (a row or column) rather than holding a figure. */
export function isLabelCell(cell: string): boolean {
  return (cell.match(CJK)?.length ?? 0) >= 2 || /^[（(][一二三四五六七八九十][）)]/.test(cell.trim());
}
