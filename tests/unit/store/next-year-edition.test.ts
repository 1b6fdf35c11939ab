/**
 * Next year from a report of the 2019 试行 edition: the new report is of the current edition, 二、上年结转
 * is last year's 四、结转下年度继续办理 (the same row in both editions), and the cross-year rules that
 * compare 表二 stay quiet rather than compare columns that mean different things.
 */
import { describe, expect, it } from 'vitest';
import { nextYearReport } from '../../../electron/services/store/next-year';
import { CURRENT_EDITION, EDITION_2019, T3_COLUMNS } from '../../../shared/format';
import { emptyReport, emptyTables, getCell, setCells, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';

function prior2019(): Report {
  const values: Record<string, string> = {};
  T3_COLUMNS.forEach((c, i) => (values[`T3.carryForward.${c.key}`] = String(i)));
  values['T3.other.natural'] = '4';
  values['T2.normativeDocs.publishedTotal'] = '76';
  return setCells(
    { ...emptyReport({ organName: '某县交通运输局', year: 2020 }), format: '2019', tables: emptyTables(EDITION_2019) },
    values,
  );
}

describe('next year from a 2019-edition report', () => {
  it('starts a report of the current edition and carries 结转 column by column', () => {
    const prior = prior2019();
    const next = nextYearReport(
      prior,
      { name: '某县交通运输局', kind: '政府部门', region: '', rulesPower: false },
      2021,
    );
    expect(next.format).toBe(CURRENT_EDITION.id);
    for (const c of T3_COLUMNS.filter((c) => !c.isTotal))
      expect(getCell(next, `T3.carriedOver.${c.key}`)).toBe(getCell(prior, `T3.carryForward.${c.key}`));
    // nothing of the 2019 表二 reaches the new report
    expect(Object.values(next.tables.T2).flatMap((row) => Object.values(row))).toEqual(
      Object.values(emptyTables().T2).flatMap((row) => Object.values(row)),
    );
  });

  it('the cross-year rules read the prior in its own edition: X-CARRY checks, X-IN-FORCE has nothing to compare', () => {
    const prior = prior2019();
    const next = setCells(
      nextYearReport(prior, { name: '某县交通运输局', kind: '政府部门', region: '', rulesPower: false }, 2021),
      { 'T3.carriedOver.natural': '9', 'T2.normativeDocs.inForce': '80', 'T2.normativeDocs.issued': '0' },
    );
    const ids = runRules(next, { prior }).map((f) => f.id);
    expect(ids).toContain('X-CARRY');
    expect(ids).not.toContain('X-IN-FORCE');
  });
});
