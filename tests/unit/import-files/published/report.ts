/**
 * A random valid report, as the organ wrote it: organ, year, 引言, prose per part of 一/五/六, the
 * 落款, and every table cell of its edition (counts up to 6 digits, 万元 amounts with 0–6 decimals, a
 * 2019 本年增/减 negative or not, optionally blank cells). Values are canonical (what the import must give
 * back); how they are printed is up to the renderer's knobs (tables.ts) and the frame (frame.ts).
 */
import fc from 'fast-check';
import {
  CURRENT_EDITION,
  editionById,
  PROSE_SECTIONS,
  subHeading,
  type CellId,
  type FormatEdition,
  type FormatId,
  type NumberKind,
} from '../../../../shared/format';
import type { Cell } from '../../../../shared/report';

export interface ProsePart {
  /** '' for the lead (text before the first sub-heading) */
  key: string;
  paragraphs: string[];
}

export interface PublishedReport {
  /** the edition whose layout it is printed in; the current one when absent */
  format?: FormatId;
  organ: string;
  year: number;
  intro: string;
  /** per prose section (overview, problems, other): the parts in order, empty ones left out */
  prose: Record<'overview' | 'problems' | 'other', ProsePart[]>;
  cells: Record<CellId, Cell>;
  closing: { signer: string; date: string };
}

const PLACES = ['孟州市', '清河县', '东城区', '青山镇', '桃源街道', '云海市', '高新技术产业开发区', '河西乡'];
const ORGAN_SUFFIXES = ['人民政府', '人民政府办公室', '交通运输局', '教育局', '管理委员会', '街道办事处', '自然资源局'];

/**
 * Prose words chosen so that no sentence can read as a heading, a fee sentence, page furniture or a
 * date line: sentences start with one of OPENERS, never contain a colon, and end with 。.
 */
const OPENERS = ['本机关', '全年', '我们', '本年度', '围绕', '按照', '结合'];
const WORDS = [
  '持续推进',
  '政务公开',
  '标准化规范化',
  '工作机制',
  '进一步完善',
  '重点领域信息',
  '及时准确',
  '政策解读',
  '公开目录',
  '网站栏目',
  '培训',
  '考核',
  '群众关切',
  '办理流程',
  '共计',
];

const sentence = fc
  .tuple(
    fc.constantFrom(...OPENERS),
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
    fc.option(fc.nat({ max: 99_999 }), { nil: undefined }),
  )
  .map(([opener, words, n]) => `${opener}${words.join('')}${n === undefined ? '' : `${n}条`}。`);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(''));

function proseSection(key: 'overview' | 'problems' | 'other'): fc.Arbitrary<ProsePart[]> {
  const def = PROSE_SECTIONS.find((s) => s.key === key)!;
  const part = (k: string) =>
    fc.option(
      fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((paragraphs) => ({ key: k, paragraphs })),
      { nil: undefined },
    );
  return fc
    .tuple(part(''), ...def.parts.map((p) => part(p.key)))
    .map((parts) => parts.filter((p): p is ProsePart => p !== undefined))
    .filter((parts) => parts.length > 0);
}

/** A canonical count: often 0 (zero marks matter), mostly small, sometimes 6 digits. */
const count = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.nat({ max: 60 }) },
  { weight: 1, arbitrary: fc.nat({ max: 999_999 }) },
);

/** A county office's year: almost every cell 0, a few requests. */
const quietCount = fc.oneof({ weight: 40, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 200 }) });

/** A canonical 万元 amount: up to 6 decimals, the decimals as written (12.50 stays 12.50). */
const wanYuan = fc
  .tuple(fc.oneof(fc.constant(0), fc.nat({ max: 999 }), fc.nat({ max: 9_999_999 })), fc.stringMatching(/^[0-9]{0,6}$/))
  .map(([int, frac]) => (frac === '' ? String(int) : `${int}.${frac}`));

/** A change from last year (2019: 本年增/减): as often down as up. */
const change = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: -60, max: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: -99_999, max: 99_999 }) },
);

function cellValue(kind: NumberKind, signed: boolean, options: ReportOptions): fc.Arbitrary<Cell> {
  const counts = signed ? change : options.quiet ? quietCount : count;
  const filled: fc.Arbitrary<Cell> = kind === 'wanYuan' ? wanYuan : counts.map(String);
  return options.blanks
    ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: filled })
    : filled;
}

export interface ReportOptions {
  /** some cells printed blank (imported blank: blank is not 0) */
  blanks?: boolean;
  /** almost every count 0, as in most organs' reports */
  quiet?: boolean;
  /** the edition it is printed in (default: the current one) */
  edition?: FormatEdition;
}

/**
 * The years whose reports an edition's layout was published for (REAL-WORLD.md: the 2019 试行 layout
 * "in reports for 2019–2020"; the 2021 format from the reports of 2021).
 */
const YEARS: Record<FormatId, { min: number; max: number }> = {
  '2021': { min: 2021, max: 2030 },
  '2019': { min: 2019, max: 2020 },
};

/** The edition a generated report is printed in. */
export function publishedEdition(report: PublishedReport): FormatEdition {
  return editionById(report.format ?? CURRENT_EDITION.id);
}

/** The cells of an edition that may hold a negative number (a change from last year). */
function signedCells(edition: FormatEdition): Set<string> {
  return new Set(
    edition.t2Blocks.flatMap((b) =>
      b.rows.flatMap((r) => b.columns.filter((c) => c.signed).map((c) => `T2.${r.key}.${c.key}`)),
    ),
  );
}

export function publishedReport(options: ReportOptions = {}): fc.Arbitrary<PublishedReport> {
  const edition = options.edition ?? CURRENT_EDITION;
  const signed = signedCells(edition);
  return fc
    .record({
      place: fc.constantFrom(...PLACES),
      suffix: fc.constantFrom(...ORGAN_SUFFIXES),
      year: fc.integer(YEARS[edition.id]),
      intro: paragraph,
      overview: proseSection('overview'),
      problems: proseSection('problems'),
      other: proseSection('other'),
      values: fc.tuple(...edition.cells.map((c) => cellValue(c.kind, signed.has(c.id), options))),
    })
    .map(({ place, suffix, year, intro, overview, problems, other, values }) => {
      const organ = `${place}${suffix}`;
      return {
        ...(edition === CURRENT_EDITION ? {} : { format: edition.id }),
        organ,
        year,
        intro,
        prose: { overview, problems, other },
        cells: Object.fromEntries(edition.cells.map((c, i) => [c.id, values[i]!])) as Record<CellId, Cell>,
        closing: { signer: organ, date: `${year + 1}年1月20日` },
      };
    });
}

/**
 * The prose of a section as the import stores it: the lead and each part, paragraphs joined by a line
 * break. A part's sub-heading is the organ's words and stays in its text, except the one the export
 * writes the same by itself (the official title alone on its line, numbered （一）（二）… in order), which
 * the export writes again. `printedHeading` is the sub-heading the frame printed (index: place among the
 * parts printed); without it the parts were printed with the export's own headings.
 */
export function storedProse(
  parts: readonly ProsePart[],
  key: 'overview' | 'problems' | 'other',
  printedHeading?: (index: number, title: string) => string,
): Record<string, string> {
  const def = PROSE_SECTIONS.find((s) => s.key === key)!;
  const out: Record<string, string> = { lead: '' };
  for (const p of def.parts) out[p.key] = '';
  let printed = 0;
  for (const p of parts) {
    const part = def.parts.find((d) => d.key === p.key);
    let lines = p.paragraphs;
    if (part && printedHeading) {
      const heading = printedHeading(printed, part.title);
      if (heading !== subHeading(printed, part.title)) lines = [heading, ...lines];
    }
    if (part) printed++;
    out[p.key === '' ? 'lead' : p.key] = lines.join('\n');
  }
  return out;
}
