/**
 * The starting point of next year's report, built from this year's: what carries over by law or habit,
 * and nothing that must be counted afresh.
 */
import { cellId, T3_CARRIED_OVER, T3_CARRY_FORWARD, T3_COLUMNS } from '../../../shared/format';
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

export function nextYearReport(prior: Report, organ: OrganForReport, year: number): Report {
  const blank = emptyReport({ organName: organ.name, organKind: organ.kind, year, region: organ.region });
  // 二、上年结转 of the new year is 四、结转下年度继续办理 of the old one, column by column (X-CARRY)
  const carried: Record<string, Cell> = {};
  for (const column of T3_COLUMNS) {
    carried[cellId('T3', T3_CARRIED_OVER.key, column.key)] = getCell(
      prior,
      cellId('T3', T3_CARRY_FORWARD.key, column.key),
    );
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
