import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  T2_CELLS,
  T3_COLUMNS,
  T3_RESULT_ROWS,
  T4_CELLS,
  T3_CELLS,
  TABLE_CELLS,
  type CellId,
} from '../../../shared/format';
import {
  addDecimals,
  emptyReport,
  getCell,
  setCell,
  setCells,
  subtractDecimals,
  withDerivedTotals,
  type Report,
} from '../../../shared/report';
import { runRules } from '../../../shared/rules';

const count = fc.integer({ min: 0, max: 500 }).map(String);
const wanYuan = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 999999 }))
  .map(([i, d, f]) => (d === 0 ? String(i) : `${i}.${String(f).padStart(6, '0').slice(0, d)}`));

const APPLICANTS = T3_COLUMNS.filter((c) => !c.isTotal);

/** A report whose entered cells are random and whose totals and balance hold (as the form keeps them). */
const validReport: fc.Arbitrary<Report> = fc
  .record({
    results: fc.array(fc.array(count, { minLength: 6, maxLength: 6 }), {
      minLength: T3_RESULT_ROWS.length,
      maxLength: T3_RESULT_ROWS.length,
    }),
    carryForward: fc.array(count, { minLength: 6, maxLength: 6 }),
    carriedOverShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    t2: fc.array(count, { minLength: T2_CELLS.length, maxLength: T2_CELLS.length }),
    fees: wanYuan,
    t4: fc.array(count, { minLength: 12, maxLength: 12 }),
  })
  .map(({ results, carryForward, carriedOverShare, t2, fees, t4 }) => {
    const cells: Record<string, string> = {};
    T3_RESULT_ROWS.forEach((r, i) => APPLICANTS.forEach((c, j) => (cells[`T3.${r.key}.${c.key}`] = results[i]![j]!)));
    APPLICANTS.forEach((c, j) => {
      const processed = addDecimals(T3_RESULT_ROWS.map((r) => cells[`T3.${r.key}.${c.key}`]!));
      const out = addDecimals([processed, carryForward[j]!]);
      // 二 may be at most what leaves the year (三 + 四), so that 一 = 三 + 四 − 二 stays non-negative
      const carried = String(Math.floor(Number(out) * carriedOverShare[j]!));
      cells[`T3.carryForward.${c.key}`] = carryForward[j]!;
      cells[`T3.carriedOver.${c.key}`] = carried;
      cells[`T3.newReceived.${c.key}`] = subtractDecimals(out, carried);
    });
    T2_CELLS.forEach((c, i) => (cells[c.id] = c.kind === 'wanYuan' ? fees : t2[i]!));
    T4_CELLS.filter((c) => !c.derived).forEach((c, i) => (cells[c.id] = t4[i]!));
    const base = emptyReport({ organName: '某县人民政府办公室', year: 2025 });
    const report = withDerivedTotals(setCells(base, cells));
    return {
      ...report,
      prose: {
        ...report.prose,
        overview: { ...report.prose.overview, lead: '本年度政府信息公开工作总体情况。' },
        problems: { ...report.prose.problems, problems: '存在的问题。' },
        other: { ...report.prose.other, otherMatters: '无' },
      },
    };
  });

const errors = (r: Report) => runRules(r, { final: true }).filter((f) => f.severity === 'error');

describe('rule properties', () => {
  it('a generated report satisfying the identities has no error finding', () => {
    fc.assert(
      fc.property(validReport, (r) => {
        expect(errors(r)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('changing any one T3 or T4 cell by any amount yields at least one error naming that cell', () => {
    const cells = [...T3_CELLS, ...T4_CELLS].map((c) => c.id);
    fc.assert(
      fc.property(validReport, fc.constantFrom(...cells), fc.integer({ min: 1, max: 1000 }), (r, id: CellId, delta) => {
        const changed = setCell(r, id, addDecimals([getCell(r, id)!, String(delta)]));
        const found = errors(changed);
        expect(found.length).toBeGreaterThan(0);
        expect(found.some((f) => f.cells.includes(id))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('any cell (T2 included) made malformed yields CELL-DOMAIN on that cell', () => {
    fc.assert(
      fc.property(
        validReport,
        fc.constantFrom(...TABLE_CELLS.map((c) => c.id)),
        fc.constantFrom('-1', '1.1234567', '1e3', '一', 'x'),
        (r, id, bad) => {
          const found = errors(setCell(r, id, bad));
          expect(found.map((f) => [f.id, f.cells])).toEqual([['CELL-DOMAIN', [id]]]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the cell-wise sum of two valid reports is valid', () => {
    fc.assert(
      fc.property(validReport, validReport, (a, b) => {
        const sum = setCells(
          a,
          Object.fromEntries(TABLE_CELLS.map((c) => [c.id, addDecimals([getCell(a, c.id)!, getCell(b, c.id)!])])),
        );
        expect(errors(sum)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
