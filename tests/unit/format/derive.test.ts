import { describe, expect, it } from 'vitest';
import { deriveTotals, emptyReport, setCells, sumOf } from '../../../shared/report';

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
});
