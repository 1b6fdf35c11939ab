/**
 * N-NARRATIVE over every figure the tables hold, in every section, and X-STALE (last year's year or
 * figures left in copied prose). Phrasings are generated from REAL-WORLD.md's list rather than taken
 * from the reference report alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReport, setCells, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { readClaims } from '../../../shared/rules/narrative-claims';
import { staleYearPattern } from '../../../shared/rules/stale';
import { mengzhou, priorWith } from './fixture';

// the reference tables (T2: 规章 0/0/0, 行政规范性文件 0/11/76, 许可/处罚/强制 0; T3 新收 129, 上年结转 0,
// 结转下年度 5; T4 复议 1) without its prose, so each test reads only the sentence it writes
const base: Report = { ...mengzhou(), prose: emptyReport().prose };

type Section = 'overview' | 'problems' | 'other';
function withText(r: Report, section: Section, part: string, text: string): Report {
  const prose = structuredClone(r.prose) as unknown as Record<Section, Record<string, string>>;
  prose[section][part] = text;
  return { ...r, prose: prose as unknown as Report['prose'] };
}
const narrative = (r: Report, prior: Report | null = null) =>
  runRules(r, { prior }).filter((f) => f.id === 'N-NARRATIVE');
const stale = (r: Report, prior: Report | null = null) => runRules(r, { prior }).filter((f) => f.id === 'X-STALE');
const triple = (fs: ReturnType<typeof narrative>) => fs.map((f) => [f.cells.join(','), f.actual, f.expected]);

describe('N-NARRATIVE reads T2 figures', () => {
  it.each([
    ['本年度制发行政规范性文件0件，废止11件，现行有效76件。', []],
    [
      '本年度制发规范性文件2件，废止11件，现行有效78件。',
      [
        ['T2.normativeDocs.issued', '2', '0'],
        ['T2.normativeDocs.inForce', '78', '76'],
      ],
    ],
    ['现行有效行政规范性文件共计七十五件。', [['T2.normativeDocs.inForce', '75', '76']]],
    ['清理规范性文件，废止10件。', [['T2.normativeDocs.repealed', '10', '11']]],
    ['本年度未制定规章，现行有效规章3件。', [['T2.rules.inForce', '3', '0']]],
    // a sum of two kinds, or 发布 of any information, is not read
    ['现行有效的规章和规范性文件共76件。', []],
    ['发布政策解读类信息 14 条，规范性文件废止11件。', []],
    ['办理行政许可事项1,234个。', [['T2.licensing.decisions', '1234', '0']]],
    [
      '作出行政处罚决定5件，行政强制措施2件。',
      [
        ['T2.punishment.decisions', '5', '0'],
        ['T2.enforcement.decisions', '2', '0'],
      ],
    ],
    ['公开行政许可、行政处罚信息共12条。', []],
  ])('“%s”', (sentence, expected) => {
    expect(triple(narrative(withText(base, 'overview', 'active', sentence)))).toEqual(expected);
  });
});

describe('N-NARRATIVE reads T3 and T4 with the common phrasings', () => {
  it.each([
    ['累计受理申请129件，其中自然人120件。', []],
    ['本年共收到政府信息公开申请131件。', [['T3.newReceived.total', '131', '129']]],
    ['上年度结转申请0件，结转至下年度6件。', [['T3.carryForward.total', '6', '5']]],
    ['全年发生行政复议案件1起，行政诉讼0起。', []],
    ['涉及政府信息公开的行政复议3起。', [['T4.reconsideration.total', '3', '1']]],
  ])('“%s”', (sentence, expected) => {
    expect(triple(narrative(withText(base, 'overview', 'request', sentence)))).toEqual(expected);
  });

  it('受理 may count last year’s carried-over applications too', () => {
    const carried = setCells(base, { 'T3.carriedOver.natural': '5', 'T3.carriedOver.total': '5' });
    expect(narrative(withText(carried, 'overview', 'request', '共受理申请134件（含上年结转5件）。'))).toEqual([]);
    expect(triple(narrative(withText(carried, 'overview', 'request', '共受理申请135件。')))).toEqual([
      ['T3.newReceived.total', '135', '129'],
    ]);
  });

  it('reads sections 五 and 六 too, finding each in its own section', () => {
    const r = withText(
      withText(base, 'problems', 'improvements', '现行有效规范性文件80件。'),
      'other',
      'lead',
      '本年度行政复议2件。',
    );
    const found = narrative(r);
    expect(found.map((f) => [f.section, f.cells[0]])).toEqual([
      ['problems', 'T2.normativeDocs.inForce'],
      ['other', 'T4.reconsideration.total'],
    ]);
    for (const f of found) expect(f.message).toMatch(/相差\d+$/);
  });

  it('says nothing while the table cell is blank', () => {
    const blank = setCells(base, { 'T2.normativeDocs.inForce': null });
    expect(narrative(withText(blank, 'overview', 'active', '现行有效规范性文件80件。'))).toEqual([]);
  });
});

describe('N-NARRATIVE properties', () => {
  const phrasings = [
    (n: string) => `现行有效行政规范性文件${n}件。`,
    (n: string) => `截至年底，现行有效规范性文件共${n}件。`,
    (n: string) => `规范性文件现行有效${n}件。`,
    (n: string) => `本年度制发规范性文件0件，废止11件，现行有效${n}件。`,
  ];
  it('a stated 现行有效 figure warns exactly when it differs from T2, whatever the phrasing, section and part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom(...phrasings),
        fc.constantFrom<[Section, string]>(
          ['overview', 'active'],
          ['overview', 'management'],
          ['problems', 'improvements'],
          ['other', 'lead'],
        ),
        (table, stated, phrase, [section, part]) => {
          const r = withText(
            setCells(base, { 'T2.normativeDocs.inForce': String(table) }),
            section,
            part,
            phrase(String(stated)),
          );
          const found = narrative(r).filter((f) => f.cells.includes('T2.normativeDocs.inForce'));
          expect(found.length).toBe(table === stated ? 0 : 1);
          if (found[0])
            expect([found[0].section, found[0].actual, found[0].expected]).toEqual([
              section,
              String(stated),
              String(table),
            ]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never reads a figure out of text without a table keyword', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'本年度共累计其中件条个公开信息网站发布政策解读0123456789，。') }),
        (text) => {
          expect(readClaims(withText(base, 'overview', 'active', text))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('X-STALE', () => {
  const r2026 = { ...base, year: 2026 };

  it.each([
    ['2025 年，共受理政府信息公开申请 129 件。', true],
    ['2025年度，本机关认真贯彻落实条例。', true],
    ['２０２５年以来，持续完善制度。', true],
    ['2025年1月至12月，主动公开信息1647条。', true],
    ['2025年本单位未收取信息处理费。', true],
    ['针对2025年度报告所列问题逐项整改。', false],
    ['较2025年增长12%。', false],
    ['2026年，共受理政府信息公开申请 129 件。', false],
    ['12025年，不是年份。', false],
  ])('“%s” in the 2026 report: %s', (sentence, fires) => {
    const found = stale(withText(r2026, 'overview', 'request', sentence));
    expect(found.length).toBe(fires ? 1 : 0);
    if (fires) {
      expect(found[0]!.message).toContain('2025年（上年度）');
      expect(found[0]!.message).toContain('2026年度');
      expect(found[0]!.section).toBe('overview');
    }
  });

  it('a year pattern matches half- and full-width digits and never a longer number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2008, max: 2100 }),
        fc.constantFrom('，', '全年', '以来', '共', '本机关'),
        (year, after) => {
          expect(staleYearPattern(year).test(`${year}年${after}`)).toBe(true);
          expect(staleYearPattern(year).test(`1${year}年${after}`)).toBe(false);
          expect(staleYearPattern(year).test(`${year + 1}年${after}`)).toBe(false);
        },
      ),
    );
  });

  it('a figure equal to last year’s table value where this year’s differs is X-STALE, not a plain mismatch', () => {
    const prior = priorWith({ 'T3.newReceived.total': '131', 'T2.normativeDocs.inForce': '76' });
    const r = withText(r2026, 'overview', 'request', '本年度共受理政府信息公开申请131件。');
    const found = stale(r, prior);
    expect(found.map((f) => [f.cells.join(','), f.actual, f.expected])).toEqual([
      ['T3.newReceived.total', '131', '129'],
    ]);
    expect(found[0]!.message).toContain('上年度报告的数字');
    expect(narrative(r, prior)).toEqual([]);
    // without last year's report, the same sentence is a plain N-NARRATIVE
    expect(stale(r)).toEqual([]);
    expect(narrative(r).length).toBe(1);
    // last year's figure that still holds this year is no stale figure
    const same = withText(r2026, 'overview', 'active', '现行有效规范性文件76件。');
    expect(stale(same, prior)).toEqual([]);
  });

  it('an empty report and a report without a year have no X-STALE', () => {
    expect(stale(emptyReport())).toEqual([]);
    expect(stale(withText({ ...base, year: null }, 'overview', 'request', '2025年，共受理申请。'))).toEqual([]);
  });
});
