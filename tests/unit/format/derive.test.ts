import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimals, deriveTotals, emptyReport, setCells, sumOf } from '../../../shared/report';

describe('derived totals', () => {
  it('sum the entered parts and stay blank while every part is blank', () => {
    const r = setCells(emptyReport(), { 'T4.reconsideration.upheld': '3', 'T4.reconsideration.pending': '4' });
    const totals = deriveTotals(r);
    expect(totals.get('T4.reconsideration.total')).toBe('7');
    expect(totals.get('T4.litigationDirect.total')).toBeNull();
  });

  it('leave out a part that is not a whole number, so a typo never becomes a fractional count', () => {
    const r = setCells(emptyReport(), {
      'T4.reconsideration.upheld': '2.5',
      'T4.reconsideration.corrected': '7',
      'T4.reconsideration.other': '12a',
    });
    expect(deriveTotals(r).get('T4.reconsideration.total')).toBe('7');
  });

  it('sums decimals exactly when asked to', () => {
    expect(sumOf(['0.1', '0.2'], 'decimal')).toBe('0.3');
    expect(sumOf(['0.1', '0.2'])).toBeNull();
  });

  it('sums counts of any length exactly: the number path for short counts gives the same text as exact decimals', () => {
    const count = fc.oneof(
      fc.nat({ max: 999 }).map(String),
      fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }).map(String),
      // past the digits summed as plain numbers, and past 2^53
      fc.bigInt({ min: 10n ** 12n, max: 10n ** 22n }).map(String),
    );
    const cell = fc.oneof(count, count, fc.constant(null), fc.constantFrom('2.5', '012', '12a', '', '-3'));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (values) => {
        const counts = values.filter((v): v is string => v !== null && /^(0|[1-9]\d*)$/.test(v));
        expect(sumOf(values)).toBe(counts.length === 0 ? null : addDecimals(counts));
      }),
      { numRuns: 2000 },
    );
    // many large counts: the exact path, not a rounded float
    expect(sumOf(Array.from({ length: 20 }, () => '999999999999'))).toBe('19999999999980');
    expect(sumOf(['9007199254740993', '0'])).toBe('9007199254740993');
  });

  it('at the edge of the number path (the longest short count, as many terms as it takes and one more) still sums exactly', () => {
    const longest = '999999999999';
    for (const terms of [8999, 9000, 9001]) {
      const values = Array.from({ length: terms }, () => longest);
      expect(sumOf(values)).toBe(addDecimals(values));
    }
    // 8,999 of them are 8,998,999,999,991,001: below 2^53, where a float sum is still exact
    expect(sumOf(Array.from({ length: 8999 }, () => longest))).toBe('8998999999991001');
  });
});
