/**
 * Figures stated in report prose that the tables also hold: "共受理政府信息公开申请129件",
 * "现行有效行政规范性文件76件", "办理行政许可事项1,234个", "结转下年度继续办理五件". Read from every part of
 * every prose section. Only phrasings whose meaning is unambiguous are read; a figure that could be a
 * part (其中自然人…), a list (行政许可、行政处罚…) or a sum of two kinds is left alone rather than guessed at.
 * Used by N-NARRATIVE (the figure contradicts the tables) and X-STALE (it is last year's figure).
 */
import {
  cellId,
  PROSE_SECTIONS,
  T2_BLOCKS,
  T3_CARRIED_OVER,
  T3_CARRY_FORWARD,
  T3_COLUMNS,
  T3_NEW_RECEIVED,
  T4_GROUPS,
  T4_OUTCOMES,
  type CellId,
} from '../format';
import type { Report } from '../report';
import { NUMBER_PATTERN, parseProseNumber } from './numerals';
import { isBlankText } from './text';

export type ProseSectionKey = 'overview' | 'problems' | 'other';

export interface ProseClaim {
  section: ProseSectionKey;
  /** the part of the section (lead or a sub-part key) */
  part: string;
  /** what the sentence talks about, for messages */
  subject: string;
  /** the table cells whose sum the figure states */
  cells: CellId[];
  /** other sums the same words may fairly mean (受理 sometimes counts last year's carried-over requests) */
  alsoAccepted: CellId[][];
  /** canonical integer */
  stated: string;
  /** the words read, for the message and for finding the text again */
  quote: string;
}

/** Characters that may stand between a keyword and its number: no clause break, no other number. */
const GAP = '[^。；;，,、：:！？!?\\n0-9０-９零〇一二两三四五六七八九十百千万]';
const UNIT = '(?:件|条|个|项|起|份|宗)';
const NUM = `(${NUMBER_PATTERN})\\s*${UNIT}`;
/** A keyword right after these is one item of a list (行政许可、行政处罚…): its figure may be the list's sum. */
const NOT_LISTED_BEFORE = '(?<![、和与及])';
const NOT_LISTED_AFTER = '(?![、和与及])';
/** Words inside a claim that make its figure a part, not the total the table holds. */
const PART_WORDS = /其中|自然人|法人|企业|机构|组织|当面|网上|信函|邮寄|传真|电话/;

const T3_TOTAL = T3_COLUMNS.find((c) => c.isTotal)!.key;
const T4_TOTAL = T4_OUTCOMES.find((o) => o.isTotal)!.key;
const t3 = (row: string) => cellId('T3', row, T3_TOTAL);
const t4 = (group: string) => cellId('T4', group, T4_TOTAL);
const RECONSIDERATION = T4_GROUPS.find((g) => !g.parent && g.key === 'reconsideration')!;
const LITIGATION = T4_GROUPS.filter((g) => g.parent);

function t2Row(key: string) {
  for (const b of T2_BLOCKS) {
    const row = b.rows.find((r) => r.key === key);
    if (row) return { block: b, row };
  }
  throw new Error(`T2 row ${key} missing`);
}
function t2Cell(row: string, column: string): CellId {
  const { block } = t2Row(row);
  const col = block.columns.find((c) => c.key === column)!;
  return cellId('T2', row, col.key);
}

interface SimpleClaim {
  /** words the text must hold for the pattern to be worth running (the rules run on every keystroke) */
  needs: string;
  pattern: RegExp;
  subject: string;
  cells: CellId[];
  alsoAccepted?: CellId[][];
}

const DECISION_ROWS = ['licensing', 'punishment', 'enforcement'].map((key) => t2Row(key).row);

const SIMPLE: readonly SimpleClaim[] = [
  {
    // 共受理政府信息公开申请 129 件 / 收到…申请共计129件 / 新收申请一百二十九件; not 上年结转
    // 收到行政复议申请1件 is about T4, not about information requests
    needs: '申请',
    pattern: new RegExp(`(?:收到|受理|新收|接收)(?:(?!复议|诉讼)${GAP}){0,20}?申请(?!人)${GAP}{0,6}?${NUM}`, 'g'),
    subject: '收到（受理）申请',
    cells: [t3(T3_NEW_RECEIVED.key)],
    alsoAccepted: [[t3(T3_NEW_RECEIVED.key), t3(T3_CARRIED_OVER.key)]],
  },
  {
    needs: '结转',
    pattern: new RegExp(`上一?年度?结转${GAP}{0,8}?${NUM}`, 'g'),
    subject: '上年结转申请',
    cells: [t3(T3_CARRIED_OVER.key)],
  },
  {
    needs: '结转',
    pattern: new RegExp(`结转(?:至|到)?下一?年度?${GAP}{0,6}?${NUM}`, 'g'),
    subject: '结转下年度继续办理',
    cells: [t3(T3_CARRY_FORWARD.key)],
  },
  {
    needs: '行政复议',
    pattern: new RegExp(`${NOT_LISTED_BEFORE}行政复议${NOT_LISTED_AFTER}${GAP}{0,8}?${NUM}`, 'g'),
    subject: '行政复议',
    cells: [t4(RECONSIDERATION.key)],
  },
  {
    needs: '行政诉讼',
    pattern: new RegExp(`${NOT_LISTED_BEFORE}行政诉讼${NOT_LISTED_AFTER}${GAP}{0,8}?${NUM}`, 'g'),
    subject: '行政诉讼',
    cells: LITIGATION.map((g) => t4(g.key)),
  },
  ...DECISION_ROWS.map((row) => ({
    needs: row.label,
    pattern: new RegExp(`${NOT_LISTED_BEFORE}${row.label}${NOT_LISTED_AFTER}${GAP}{0,10}?${NUM}`, 'g'),
    subject: row.label,
    cells: [t2Cell(row.key, 'decisions')],
  })),
];

// 规章 and 行政规范性文件: 制发 / 废止 / 现行有效, the kind named with the verb or earlier in the sentence
const DOC_ROWS = [
  { key: 'rules', label: t2Row('rules').row.label, words: /规章/g },
  { key: 'normativeDocs', label: t2Row('normativeDocs').row.label, words: /(?:行政)?规范性文件/g },
] as const;
const DOC_VERBS = [
  { column: 'issued', verb: '(?:制发|制定|印发|出台|发布)', subject: '制发', inherits: true },
  { column: 'repealed', verb: '(?:废止|废除)', subject: '废止', inherits: true },
  { column: 'inForce', verb: '现行有效', subject: '现行有效', inherits: true },
] as const;
const DOC_PATTERN = new RegExp(`(${DOC_VERBS.map((v) => v.verb).join('|')})(${GAP}{0,14}?)${NUM}`, 'g');
/** 发布 is said of every kind of information: it counts only with 规章 or 规范性文件 right beside it. */
const GENERIC_VERB = /^发布$/;

function docKindsIn(text: string): Array<(typeof DOC_ROWS)[number]> {
  // 行政规范性文件 contains no 规章, and 规章 no 规范性文件: each kind is found on its own
  return DOC_ROWS.filter((d) => new RegExp(d.words.source).test(text));
}

function lastDocKindBefore(sentence: string, end: number): (typeof DOC_ROWS)[number] | null {
  let best: { at: number; kind: (typeof DOC_ROWS)[number] } | null = null;
  for (const kind of DOC_ROWS) {
    for (const m of sentence.slice(0, end).matchAll(kind.words)) {
      if (!best || m.index > best.at) best = { at: m.index, kind };
    }
  }
  return best?.kind ?? null;
}

function docClaims(text: string, push: (c: Omit<ProseClaim, 'section' | 'part'>) => void): void {
  for (const sentence of text.split(/[。；;！？!?\n]/)) {
    for (const m of sentence.matchAll(DOC_PATTERN)) {
      const verbText = m[1]!;
      const gap = m[2]!;
      const verb = DOC_VERBS.find((v) => new RegExp(`^${v.verb}$`).test(verbText))!;
      const named = docKindsIn(gap);
      if (named.length > 1) continue; // 规章和规范性文件共…: a sum of two rows
      let kind = named[0] ?? null;
      if (!kind && !GENERIC_VERB.test(verbText) && verb.inherits) kind = lastDocKindBefore(sentence, m.index);
      if (!kind) continue;
      const stated = parseProseNumber(m[3]!);
      if (stated === null) continue;
      push({
        subject: `${verb.subject}${kind.label}`,
        cells: [t2Cell(kind.key, verb.column)],
        alsoAccepted: [],
        stated,
        quote: m[0].trim(),
      });
    }
  }
}

function claimsInText(text: string): Array<Omit<ProseClaim, 'section' | 'part'>> {
  const out: Array<Omit<ProseClaim, 'section' | 'part'>> = [];
  for (const claim of SIMPLE) {
    if (!text.includes(claim.needs)) continue;
    for (const m of text.matchAll(claim.pattern)) {
      if (PART_WORDS.test(m[0])) continue;
      const stated = parseProseNumber(m[1]!);
      if (stated === null) continue;
      out.push({
        subject: claim.subject,
        cells: claim.cells,
        alsoAccepted: claim.alsoAccepted ?? [],
        stated,
        quote: m[0].trim(),
      });
    }
  }
  if (text.includes('规章') || text.includes('规范性文件')) docClaims(text, (c) => out.push(c));
  return out;
}

/** Every figure the prose of the report states about a table value, section by section, part by part. */
export function readClaims(report: Report): ProseClaim[] {
  const out: ProseClaim[] = [];
  const seen = new Set<string>();
  for (const def of PROSE_SECTIONS) {
    const section = def.key as ProseSectionKey;
    const texts = report.prose[section] as Record<string, string>;
    for (const [part, text] of Object.entries(texts)) {
      if (isBlankText(text)) continue;
      for (const c of claimsInText(text)) {
        const id = `${section}:${c.cells.join(',')}=${c.stated}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ ...c, section, part });
      }
    }
  }
  return out;
}
