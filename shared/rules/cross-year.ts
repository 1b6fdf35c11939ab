/** Rules that compare with last year's report of the same organ: X-CARRY, X-IN-FORCE, X-RECTIFY, X-REPEAT. */
import {
  cellId,
  describeCell,
  PROSE_SECTIONS,
  sectionDef,
  T2_BLOCKS,
  T3_CARRIED_OVER,
  T3_CARRY_FORWARD,
  T3_COLUMNS,
  type SectionKey,
} from '../format';
import { addDecimals, compareDecimals, subtractDecimals, type Report } from '../report';
import { validValue, type Cells } from './values';
import { finding } from './finding';
import { bigramDice, meaningfulLength } from './similarity';
import { difference } from './sums';
import { isBlankText, sectionText } from './text';
import type { Finding } from './types';

const value = validValue;

export function carryRule(report: Cells, prior: Cells, out: Finding[]): void {
  for (const c of T3_COLUMNS) {
    const here = cellId('T3', T3_CARRIED_OVER.key, c.key);
    const there = cellId('T3', T3_CARRY_FORWARD.key, c.key);
    const a = value(report, here);
    const b = value(prior, there);
    if (a === null || b === null || compareDecimals(a, b) === 0) continue;
    out.push(
      finding('X-CARRY', {
        cells: [here],
        section: 'requests',
        expected: b,
        actual: a,
        message: `${describeCell(here)}为${a}，上年度报告“${T3_CARRY_FORWARD.label}”“${c.label}”为${b}，相差${difference(a, b)}`,
      }),
    );
  }
}

const IN_FORCE_BLOCK = T2_BLOCKS.find((b) => b.columns.some((c) => c.key === 'inForce'))!;
const [ISSUED, REPEALED, IN_FORCE] = ['issued', 'repealed', 'inForce'].map((k) =>
  IN_FORCE_BLOCK.columns.find((c) => c.key === k)!,
);

export function inForceRule(report: Cells, prior: Cells, out: Finding[]): void {
  for (const row of IN_FORCE_BLOCK.rows) {
    const ids = [ISSUED!, REPEALED!, IN_FORCE!].map((c) => cellId('T2', row.key, c.key));
    const [issued, repealed, inForce] = ids.map((id) => value(report, id));
    const priorInForce = value(prior, ids[2]!);
    if (issued == null || repealed == null || inForce == null || priorInForce === null) continue;
    const expected = subtractDecimals(addDecimals([priorInForce, issued]), repealed);
    if (compareDecimals(expected, inForce) === 0) continue;
    out.push(
      finding('X-IN-FORCE', {
        cells: ids,
        section: 'proactive',
        expected,
        actual: inForce,
        message: `“${row.label}”：${IN_FORCE!.label}为${inForce}，上年度${IN_FORCE!.label}${priorInForce}加${ISSUED!.label}${issued}减${REPEALED!.label}${repealed}应为${expected}，相差${difference(inForce, expected)}（如有文件自然失效，请确认后说明）`,
      }),
    );
  }
}

const PROBLEMS = sectionDef('problems');
const RECTIFICATION = PROBLEMS.parts.find((p) => p.key === 'rectification')!;
const PROBLEM_PART = PROBLEMS.parts.find((p) => p.key === 'problems')!;

export function rectifyRule(report: Report, prior: Report | null | undefined, out: Finding[]): void {
  const priorProblems = prior ? prior.prose.problems[PROBLEM_PART.key] : report.priorProblems;
  if (isBlankText(priorProblems)) return;
  if (!isBlankText(report.prose.problems[RECTIFICATION.key])) return;
  out.push(
    finding('X-RECTIFY', {
      section: 'problems',
      subject: `prose.problems.${RECTIFICATION.key}`,
      message: `上年度报告列有存在的问题，但“${PROBLEMS.heading}”中“${RECTIFICATION.title}”尚未填写，请逐项说明整改情况`,
    }),
  );
}

/** Short texts (“无”, a one-line sentence) are alike in every report and say nothing about copying. */
const MIN_COMPARED_LENGTH = 30;
const REPEAT_THRESHOLD = 0.5;

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function repeatRule(report: Report, prior: Report, out: Finding[]): void {
  for (const section of PROSE_SECTIONS) {
    const key = section.key as keyof Report['prose'];
    const here = report.prose[key] as Record<string, string>;
    const there = prior.prose[key] as Record<string, string>;
    let partFired = false;
    const parts = [{ key: 'lead', title: '' }, ...section.parts];
    for (const part of parts) {
      const a = here[part.key] ?? '';
      const b = there[part.key] ?? '';
      if (meaningfulLength(a) < MIN_COMPARED_LENGTH || meaningfulLength(b) < MIN_COMPARED_LENGTH) continue;
      const score = bigramDice(a, b);
      if (score <= REPEAT_THRESHOLD) continue;
      partFired = true;
      const where = part.title ? `“${section.heading}”中“${part.title}”` : `“${section.heading}”开头部分`;
      out.push(repeatFinding(section.key, `prose.${section.key}.${part.key}`, where, score));
    }
    if (partFired) continue;
    // Sub-parts may be arranged differently from last year (all in the lead, say): compare whole sections too.
    const a = sectionText(here);
    const b = sectionText(there);
    if (meaningfulLength(a) < MIN_COMPARED_LENGTH || meaningfulLength(b) < MIN_COMPARED_LENGTH) continue;
    const score = bigramDice(a, b);
    if (score > REPEAT_THRESHOLD)
      out.push(repeatFinding(section.key, `prose.${section.key}`, `“${section.heading}”`, score));
  }
}

function repeatFinding(section: SectionKey, subject: string, where: string, score: number): Finding {
  return finding('X-REPEAT', {
    section,
    subject,
    actual: String(Math.round(score * 100)),
    message: `${where}与上年度报告的相同内容重复约${percent(score)}（超过50%），请结合本年度工作更新`,
  });
}
