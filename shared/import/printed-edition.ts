/**
 * Which edition of the national format a published report is printed in, read from what is printed: the
 * labels of 表二, the rows of 表三 and the year in the title. Only labels that one edition prints and the
 * other has nothing like (not even a similar wording) count as evidence, so a misspelt label never
 * decides an edition; everything is derived from the editions' own definitions.
 *
 * The rule (REAL-WORLD.md, 表格):
 * - 表二 decides. The 试行 layout (国办公开办函〔2019〕60号) was used "in reports for 2019–2020": its
 *   columns (本年新制作数量 …, 上一年项目数量 / 本年增/减) and its 第二十条第（九）项 block cannot be put
 *   into 2021 cells, so a 表二 printed only in it is read into the 2019 edition, every number kept.
 * - A 表二 that mixes both layouts is read as the current edition: "some reports of 2021 and later still
 *   mix in these old blocks"; the blocks of the 试行 layout are named and not imported (text-t2.ts).
 * - A single （六）其他处理 row in 表三 does not decide by itself: REAL-WORLD.md also meets it "in reports of
 *   the early years of the 2021 format". It decides only when 表二 shows no layout (missing, or printed
 *   without its column headers) and the title's year is one of the 试行 years.
 * - A 试行 表二 with a year outside the 试行 years, or with 表三's （六） split into the current sub-rows, is
 *   still read as printed (the 2019 edition; text-t3.ts sums the sub-rows, which is exact), with a warning
 *   that names the contradiction, so the clerk checks the year or the original.
 */
import type { ImportIssue } from './outcome';
import { CURRENT_EDITION, EDITION_2019, type FormatEdition, type T2Block, type T3Group, type T3Row } from '../format';
import { joinBrokenLabels, splitRow, type TableLine } from './text-cells';
import { canonLabel, matchLabel } from './text-labels';

/**
 * The report years of the 试行 format: set by 国办公开办函〔2019〕60号 for the reports of 2019, replaced by
 * 国办公开办函〔2021〕30号 from the reports of 2021 (SPEC.md, REAL-WORLD.md: "reports for 2019–2020").
 */
const TRIAL_FORMAT_YEARS = { first: 2019, last: 2020 } as const;

const BLOCK_HEADER = /^第二十条第（?([一二三四五六七八九十]+)）?项/;

/** 第二十条第（九）项 → 九: blocks are told apart by their item, whatever the rest of the header says. */
export function blockNumeral(canon: string): string | undefined {
  return BLOCK_HEADER.exec(canon)?.[1];
}

/** “现行格式” for the edition new reports follow, “2019年试行格式” for an older one (its name before the notice). */
export function layoutName(edition: FormatEdition): string {
  return edition === CURRENT_EDITION ? '现行格式' : edition.name.replace(/（.*$/, '');
}

/** The labels (column and row) and block items of 表二 that only `own` prints. */
function t2Marks(own: readonly T2Block[], other: readonly T2Block[]) {
  const labels = (blocks: readonly T2Block[]) => [
    ...new Set(blocks.flatMap((b) => [...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)])),
  ];
  const otherLabels = labels(other);
  const otherItems = new Set(other.map((b) => blockNumeral(canonLabel(b.header))));
  return {
    labels: new Set(
      labels(own)
        .filter((l) => matchLabel(l, otherLabels, (x) => x) === null)
        .map(canonLabel),
    ),
    items: new Set(own.map((b) => blockNumeral(canonLabel(b.header))).filter((n) => n && !otherItems.has(n))),
  };
}

const TRIAL_MARKS = t2Marks(EDITION_2019.t2Blocks, CURRENT_EDITION.t2Blocks);
const CURRENT_MARKS = t2Marks(CURRENT_EDITION.t2Blocks, EDITION_2019.t2Blocks);

/** Groups of the current 表三 that the 试行 edition prints as one row (（六）其他处理), with that row. */
export const SINGLE_ROW_GROUPS: ReadonlyArray<{ group: T3Group; row: T3Row }> = CURRENT_EDITION.t3ResultEntries.flatMap(
  (e) => {
    if (!('group' in e)) return [];
    const row = EDITION_2019.t3Rows.find((r) => canonLabel(r.label) === canonLabel(e.group.label));
    return row ? [{ group: e.group, row }] : [];
  },
);

export interface PrintedLayout {
  /** 表二 labels only the 试行 edition prints, as printed */
  t2Trial: string[];
  /** 表二 labels only the current edition prints, as printed */
  t2Current: string[];
  /** a group printed as one row with figures (（六）其他处理 in one row) */
  t3SingleRow: boolean;
  /** that group's sub-rows printed (the current layout of 表三) */
  t3SubRows: boolean;
}

/** The labels of the table rows, joined where a line break inside a cell broke them (nothing recorded). */
function labelsOf(lines: readonly TableLine[]): Array<{ labels: string[]; hasFigures: boolean }> {
  return joinBrokenLabels(lines, '', []).map((at) => {
    const { labels, values } = splitRow(at.cells);
    return { labels, hasFigures: values.some((v) => v !== '') };
  });
}

export function readPrintedLayout(t2: readonly TableLine[], t3: readonly TableLine[]): PrintedLayout {
  const t2Trial: string[] = [];
  const t2Current: string[] = [];
  for (const { labels } of labelsOf(t2)) {
    for (const label of labels) {
      const canon = canonLabel(label);
      const item = blockNumeral(canon);
      if (TRIAL_MARKS.labels.has(canon) || (item && TRIAL_MARKS.items.has(item))) t2Trial.push(label);
      if (CURRENT_MARKS.labels.has(canon) || (item && CURRENT_MARKS.items.has(item))) t2Current.push(label);
    }
  }
  let t3SingleRow = false;
  let t3SubRows = false;
  const exact = (label: string, candidates: readonly string[]) => {
    const m = matchLabel(label, candidates, (x) => x);
    return m !== null && m.how !== 'similar';
  };
  for (const { labels, hasFigures } of labelsOf(t3)) {
    const last = labels[labels.length - 1];
    // a row without figures may be a header (其他 is also a column of 表三), never evidence
    if (last === undefined || !hasFigures) continue;
    for (const { group } of SINGLE_ROW_GROUPS) {
      if (exact(last, [group.label])) t3SingleRow = true;
      if (
        exact(
          last,
          group.rows.map((r) => r.label),
        )
      )
        t3SubRows = true;
    }
  }
  return { t2Trial, t2Current, t3SingleRow, t3SubRows };
}

/** A message names at most this many of the printed labels that decided. */
const MAX_NAMED_LABELS = 4;

const listed = (labels: readonly string[]) => {
  const distinct = [...new Set(labels)];
  const named = distinct
    .slice(0, MAX_NAMED_LABELS)
    .map((l) => `“${l.slice(0, 40)}”`)
    .join('、');
  return distinct.length > MAX_NAMED_LABELS ? `${named}等${distinct.length}处` : named;
};

/**
 * The edition to read the report into (see the rule at the top), and what the clerk is told about it:
 * always a note when it is not the current edition, a warning when the evidence disagrees.
 */
export function chooseEdition(
  printed: PrintedLayout,
  year: number | null,
): { edition: FormatEdition; notes: ImportIssue[] } {
  const notes: ImportIssue[] = [];
  const trialName = layoutName(EDITION_2019);
  if (printed.t2Trial.length > 0 && printed.t2Current.length > 0) {
    notes.push({
      severity: 'warning',
      message: `表二中既有现行格式的栏目（${listed(printed.t2Current)}），又有${trialName}的栏目或区块（${listed(printed.t2Trial)}），两种格式混在一起。已按现行格式导入，${trialName}的部分未导入（见第二部分的说明）。如整份报告都是${trialName}，请核对表二的栏目名称后重新导入；否则请对照原表在现行格式的栏目中补填`,
    });
    return { edition: CURRENT_EDITION, notes };
  }
  const inTrialYears = year !== null && year >= TRIAL_FORMAT_YEARS.first && year <= TRIAL_FORMAT_YEARS.last;
  const trialT2 = printed.t2Trial.length > 0;
  const fromT3Only = !trialT2 && printed.t2Current.length === 0 && printed.t3SingleRow && !printed.t3SubRows;
  if (!trialT2 && !(fromT3Only && inTrialYears)) return { edition: CURRENT_EDITION, notes };

  const edition = EDITION_2019;
  const evidence = trialT2
    ? `表二印的是${trialName}的栏目或区块（${listed(printed.t2Trial)}）`
    : `表二没有印出栏目，表三的“${SINGLE_ROW_GROUPS.map((g) => g.row.label).join('、')}”只有一行，且报告年度为${year}年`;
  notes.push({
    severity: 'info',
    message: `${evidence}，已按${edition.name}导入：表格共 ${edition.cells.length} 个数值单元格，数值按原表如实保留。该格式只用于导入往年的报告，新的报告按现行格式编写`,
  });
  if (year !== null && !inTrialYears) {
    notes.push({
      severity: 'warning',
      message: `标题中的年度是${year}年，而${trialName}用于${TRIAL_FORMAT_YEARS.first}、${TRIAL_FORMAT_YEARS.last}年度的报告。表格按${trialName}印制，已按该格式导入，数值如实保留；请核对年度是否读对，以及原文的表格是否确为${trialName}`,
    });
  }
  return { edition, notes };
}
