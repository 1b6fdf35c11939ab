/** 汇总 as a pure function: property tests over generated valid reports, and the refusals. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateReports, selectUnits, UNSUMMABLE, type AggregateUnit } from '../../../shared/aggregate';
import { report2019 } from '../../report-2019';
import { FEE_FIELDS, TABLE_CELLS, type NumberKind } from '../../../shared/format';
import { compareDecimals, getCell, setCell, subtractDecimals, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { checkedRow, unreadableRow } from '../../../shared/units';
import { validReportArb } from './report-arb';

const TARGET = { organ: '焦作市人民政府办公室', kind: '政府部门' as const, year: 2025 };
const units = (reports: readonly Report[]): AggregateUnit[] =>
  reports.map((r, i) => ({ label: `u${i}.txt`, report: r }));
const unitsArb = fc.array(validReportArb, { minLength: 1, maxLength: 6 });

/** The prose sections 一, 五, 六 of a 汇总 are the office's to write: SECTION-REQUIRED names them. */
const tableFindings = (report: Report) => runRules(report).filter((f) => f.id !== 'SECTION-REQUIRED');

const valueOf = (kind: NumberKind) =>
  kind === 'count'
    ? fc.nat(5000).map(String)
    : fc
        .tuple(fc.nat(9999), fc.nat(99), fc.boolean())
        .map(([i, f, whole]) => (whole ? String(i) : `${i}.${String(f).padStart(2, '0')}`));

describe('aggregateReports', () => {
  it('the sum of reports without errors has none either (no error, no sum or domain finding)', () => {
    fc.assert(
      fc.property(unitsArb, (reports) => {
        for (const r of reports) expect(runRules(r).filter((f) => f.severity === 'error')).toEqual([]);
        const { report, unsummable } = aggregateReports(units(reports), TARGET);
        expect(unsummable).toEqual([]);
        expect(tableFindings(report).filter((f) => f.severity === 'error')).toEqual([]);
        expect(
          runRules(report)
            .filter((f) => f.severity === 'error')
            .every((f) => f.cells.length === 0),
        ).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('the order of the units does not matter', () => {
    fc.assert(
      fc.property(
        unitsArb.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
        ),
        ([reports, shuffled]) => {
          const a = aggregateReports(
            reports.map((r) => ({ label: r.organ.name, report: r })),
            TARGET,
          );
          const b = aggregateReports(
            shuffled.map((r) => ({ label: r.organ.name, report: r })),
            TARGET,
          );
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('one unit’s change of one cell moves the sum by exactly that change, and nothing else', () => {
    fc.assert(
      fc.property(
        unitsArb,
        fc.nat(),
        fc.constantFrom(...TABLE_CELLS).chain((def) => fc.tuple(fc.constant(def), valueOf(def.kind))),
        (reports, pick, [def, value]) => {
          const i = pick % reports.length;
          const before = aggregateReports(units(reports), TARGET).report;
          const changed = reports.map((r, j) => (j === i ? setCell(r, def.id, value) : r));
          const after = aggregateReports(units(changed), TARGET).report;
          const delta = subtractDecimals(value, getCell(reports[i]!, def.id) ?? '0');
          const moved = subtractDecimals(getCell(after, def.id)!, getCell(before, def.id)!);
          // compared as numbers: "0.100000" and "0.1" are the same change
          expect(compareDecimals(subtractDecimals(moved, delta), '0'), `${moved} vs ${delta}`).toBe(0);
          for (const other of TABLE_CELLS)
            if (other.id !== def.id) expect(getCell(after, other.id)).toBe(getCell(before, other.id));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sums decimals exactly, keeps a cell blank when every unit left it blank, and sums the fee', () => {
    const [a, b] = fc.sample(validReportArb, { seed: 7, numRuns: 2 }) as [Report, Report];
    const amount = TABLE_CELLS.find((c) => c.kind === 'wanYuan')!.id;
    const x = setCell({ ...a, fee: { notices: '1', noticeAmount: '0.1', collected: null } }, amount, '0.1');
    const y = setCell({ ...b, fee: { notices: '2', noticeAmount: '0.2', collected: null } }, amount, '0.2');
    const blank = setCell(x, 'T4.reconsideration.upheld', null);
    const { report } = aggregateReports(units([blank, setCell(y, 'T4.reconsideration.upheld', null)]), TARGET);
    expect(getCell(report, amount)).toBe('0.3');
    expect(getCell(report, 'T4.reconsideration.upheld')).toBeNull();
    expect(report.fee).toEqual({ notices: '3', noticeAmount: '0.3', collected: null });
    expect(report.organ).toEqual({ name: TARGET.organ, kind: TARGET.kind, region: '', rulesPower: false });
    expect(report.year).toBe(2025);
    expect(report.intro).toContain('共2个单位');
    expect(FEE_FIELDS.length).toBe(3);
  });

  it('a value that is not a number is never guessed: the cell says 无法汇总, CELL-DOMAIN flags it, the unit is named', () => {
    const [a, b] = fc.sample(validReportArb, { seed: 9, numRuns: 2 }) as [Report, Report];
    const { report, unsummable } = aggregateReports(
      [
        { label: '甲.txt', report: setCell(a, 'T3.newReceived.natural', '十二') },
        { label: '乙.txt', report: b },
      ],
      TARGET,
    );
    expect(getCell(report, 'T3.newReceived.natural')).toBe(UNSUMMABLE);
    expect(unsummable).toEqual([{ unit: '甲.txt', cell: 'T3.newReceived.natural', value: '十二' }]);
    expect(runRules(report).some((f) => f.id === 'CELL-DOMAIN' && f.cells.includes('T3.newReceived.natural'))).toBe(
      true,
    );
  });
});

describe('selectUnits', () => {
  it('refuses unreadable files, other years, open errors (unless included) and a second copy of one organ', () => {
    const [a, b, c] = fc.sample(validReportArb, { seed: 3, numRuns: 3 }) as [Report, Report, Report];
    const r2025 = { ...a, organ: { ...a.organ, name: '温县教育局' }, year: 2025 };
    const copy = { ...r2025 };
    const old = { ...b, organ: { ...b.organ, name: '温县财政局' }, year: 2024 };
    const broken = setCell(
      { ...c, organ: { ...c.organ, name: '温县水利局' }, year: 2025 },
      'T3.newReceived.natural',
      '999',
    );
    const row = (file: string, report: Report) =>
      checkedRow({ file, format: 'text', report, findings: runRules(report), importNotes: 0, prior: null });
    const candidates = [
      { row: row('a.txt', r2025), report: r2025 },
      { row: row('a.html', copy), report: copy },
      { row: row('b.txt', old), report: old },
      { row: row('c.txt', broken), report: broken },
      { row: unreadableRow('d.docx', '文件已损坏'), report: null },
    ];
    const hint = '加上 --include-errors';
    const strict = selectUnits(candidates, { year: 2025, includeErrors: false, includeErrorsHint: hint });
    expect(strict.included.map((u) => u.file)).toEqual(['a.txt']);
    expect(strict.refused.map((r) => [r.file, r.reason])).toEqual([
      ['a.html', '与“a.txt”是同一机关同一年度的报告，只计入一次'],
      ['b.txt', '是 2024 年的报告，不是 2025 年的'],
      ['c.txt', '有 2 项错误（T3-BALANCE、T3-ROW-SUM）；请该单位改正后重新汇总，或确认后加上 --include-errors'],
      ['d.docx', '无法读取：文件已损坏'],
    ]);
    const lenient = selectUnits(candidates, { year: 2025, includeErrors: true, includeErrorsHint: hint });
    expect(lenient.included.map((u) => u.file)).toEqual(['a.txt', 'c.txt']);
  });

  it('refuses a report of the 2019 试行 edition: its 表二 cannot be added into the current format', () => {
    const trial = report2019({ seed: 5, year: 2020, organName: '温县交通运输局' });
    const row = checkedRow({
      file: 'e.txt',
      format: 'text',
      report: trial,
      findings: runRules(trial),
      importNotes: 0,
      prior: null,
    });
    const chosen = selectUnits([{ row, report: trial }], { year: 2020, includeErrors: true, includeErrorsHint: '' });
    expect(chosen.included).toEqual([]);
    expect(chosen.refused[0]!.reason).toBe(
      '是2019年试行格式（国办公开办函〔2019〕60号）的报告，其表二栏目和表三“（六）其他处理”与现行格式不同，不能相加；汇总只合计2021年版格式（国办公开办函〔2021〕30号）的报告',
    );
  });
});
