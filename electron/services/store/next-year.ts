/**
 * The starting point of next year's report, built from this year's: what carries over by law or habit,
 * and nothing that must be counted afresh.
 */
import {
  cellId,
  CURRENT_EDITION,
  editionOf,
  exactlyMappedCells,
  T3_CARRIED_OVER,
  T3_CARRY_FORWARD,
  T3_COLUMNS,
  unmappedNotes,
} from '../../../shared/format';
import { emptyReport, getCell, setCells, withDerivedTotals, type Cell, type Report } from '../../../shared/report';

export interface OrganForReport {
  name: string;
  kind: Report['organ']['kind'];
  region: string;
  rulesPower: boolean;
}

/** Last year's section 五 problems: what this year's rectification part has to answer (X-RECTIFY). */
export function problemsOf(prior: Report): string {
  const section = prior.prose.problems;
  const listed = section['problems'] ?? '';
  return listed.trim() !== '' ? listed : (section.lead ?? '');
}

/**
 * What of last year's report could not be carried into next year's, and why (Chinese, with what to do):
 * empty when last year's report is of the current edition. The store's answer and the editor both say it.
 */
export function notCarriedFrom(prior: Report): string[] {
  return unmappedNotes(editionOf(prior), CURRENT_EDITION);
}

export function nextYearReport(prior: Report, organ: OrganForReport, year: number): Report {
  const blank = emptyReport({ organName: organ.name, organKind: organ.kind, year, region: organ.region });
  // 二、上年结转 of the new year is 四、结转下年度继续办理 of the old one, column by column (X-CARRY), when
  // the old report's row means exactly that in the current edition (it does in every edition so far)
  const mapped = exactlyMappedCells(editionOf(prior), CURRENT_EDITION);
  const carried: Record<string, Cell> = {};
  for (const column of T3_COLUMNS) {
    const there = cellId('T3', T3_CARRY_FORWARD.key, column.key);
    if (mapped.has(there)) carried[cellId('T3', T3_CARRIED_OVER.key, column.key)] = getCell(prior, there);
  }
  const withCarried = withDerivedTotals(setCells(blank, carried));
  return {
    ...withCarried,
    organ: { ...withCarried.organ, rulesPower: organ.rulesPower },
    // prose is a starting point to rewrite; X-REPEAT flags it while it stays the same
    intro: prior.intro,
    prose: structuredClone(prior.prose),
    priorProblems: problemsOf(prior),
    closing: { signer: prior.closing.signer, date: '' },
  };
}
