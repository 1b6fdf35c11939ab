import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimals, setCells, subtractDecimals } from '../../../shared/report';
import { runRules, suggestValues } from '../../../shared/rules';
import { mengzhou, priorWith } from './fixture';

const base = mengzhou(); // 行政规范性文件 制发 0, 废止 11, 现行有效 76; T3 上年结转 all 0

describe('suggested values', () => {
  it('现行有效 = last year + 制发 − 废止, offered while blank or different, with the figures it comes from', () => {
    const prior = priorWith({ 'T2.normativeDocs.inForce': '87', 'T2.rules.inForce': '0' });
    expect(suggestValues(base, prior).filter((s) => s.cell.startsWith('T2'))).toEqual([]); // 87 + 0 − 11 = 76 holds
    const blank = setCells(base, { 'T2.normativeDocs.inForce': null });
    const [s] = suggestValues(blank, prior).filter((x) => x.cell.startsWith('T2'));
    expect(s).toMatchObject({ cell: 'T2.normativeDocs.inForce', value: '76' });
    expect(s!.reason).toBe('上年度现行有效件数87＋本年制发件数0－本年废止件数11＝76');
    const typed = setCells(base, { 'T2.normativeDocs.inForce': '80' });
    expect(suggestValues(typed, prior).map((x) => [x.cell, x.value])).toContainEqual([
      'T2.normativeDocs.inForce',
      '76',
    ]);
  });

  it('上年结转 per column = last year’s 结转下年度, never the derived total', () => {
    const prior = priorWith({ 'T3.carryForward.natural': '5', 'T3.carryForward.commercial': '0' });
    const found = suggestValues(base, prior).filter((x) => x.cell.startsWith('T3'));
    expect(found.map((x) => [x.cell, x.value])).toEqual([['T3.carriedOver.natural', '5']]);
    expect(found[0]!.reason).toContain('“四、结转下年度继续办理”“自然人”为5');
  });

  it('nothing without last year, nothing over a value that is not a number yet, nothing below zero', () => {
    expect(suggestValues(base, null)).toEqual([]);
    const prior = priorWith({ 'T2.normativeDocs.inForce': '5', 'T3.carryForward.natural': '5' });
    const typing = setCells(base, { 'T3.carriedOver.natural': '5a' });
    expect(suggestValues(typing, prior).map((x) => x.cell)).not.toContain('T3.carriedOver.natural');
    // 5 + 0 − 11 < 0: no figure makes sense
    expect(suggestValues(base, prior).map((x) => x.cell)).not.toContain('T2.normativeDocs.inForce');
  });

  it('accepting a suggestion leaves no X-IN-FORCE or X-CARRY warning and no further suggestion (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(5000),
        fc.nat(300),
        fc.nat(300),
        fc.nat(300),
        fc.option(fc.nat(5000), { nil: null }),
        (last, issued, repealed, carried, current) => {
          fc.pre(last + issued >= repealed);
          const prior = priorWith({ 'T2.rules.inForce': String(last), 'T3.carryForward.natural': String(carried) });
          const r = setCells(base, {
            'T2.rules.issued': String(issued),
            'T2.rules.repealed': String(repealed),
            'T2.rules.inForce': current === null ? null : String(current),
          });
          const offered = suggestValues(r, prior);
          const rules = offered.find((x) => x.cell === 'T2.rules.inForce');
          const expected = subtractDecimals(addDecimals([String(last), String(issued)]), String(repealed));
          expect(rules?.value ?? String(current)).toBe(expected);
          const accepted = setCells(r, Object.fromEntries(offered.map((x) => [x.cell, x.value])));
          expect(suggestValues(accepted, prior)).toEqual([]);
          const ids = runRules(accepted, { prior }).map((f) => f.id);
          expect(ids).not.toContain('X-IN-FORCE');
          expect(ids).not.toContain('X-CARRY');
        },
      ),
      { numRuns: 200 },
    );
  });
});
