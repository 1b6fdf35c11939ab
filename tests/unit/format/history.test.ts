import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_CELLS } from '../../../shared/format';
import { describeChange, diffReports } from '../../../shared/history/diff';
import { groupSessions, SESSION_GAP_MS } from '../../../shared/history/sessions';
import { setCells, withDerivedTotals, type Report } from '../../../shared/report';
import { mengzhou } from '../rules/fixture';

const base = mengzhou();

describe('diffReports', () => {
  it('names each place with its entered cells, text parts and other fields', () => {
    const after: Report = withDerivedTotals(
      setCells(base, { 'T3.disclosed.natural': '77', 'T3.disclosed.commercial': '1', 'T2.rules.issued': '3' }),
    );
    after.prose = { ...after.prose, overview: { ...after.prose.overview, request: '改写了。' } };
    after.fee = { ...after.fee, notices: '2' };
    after.acknowledgements = [
      { key: 'X-CARRY:T3.carriedOver.natural', ruleId: 'X-CARRY', explanation: '撤回', at: '' },
    ];
    const diff = diffReports(base, after);
    expect(diff.same).toBe(false);
    expect(diff.changes.map(describeChange)).toEqual([
      '一、总体情况：1 段文字',
      '二、主动公开政府信息情况：1 个单元格',
      '三、收到和处理政府信息公开申请情况：2 个单元格',
      '六、其他需要报告的事项：1 项内容',
      '警告说明：1 条说明',
    ]);
  });

  it('is empty for equal reports and symmetric in what it counts (property)', () => {
    const entered = TABLE_CELLS.filter((c) => !c.derived).map((c) => c.id);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...entered), { maxLength: 12 }), fc.nat(999), (cells, v) => {
        expect(diffReports(base, base).same).toBe(true);
        const after = setCells(base, Object.fromEntries(cells.map((c) => [c, `${v}x`])));
        const count = (d: ReturnType<typeof diffReports>) => d.changes.reduce((n, c) => n + c.cells.length, 0);
        expect(count(diffReports(base, after))).toBe(cells.length);
        expect(count(diffReports(after, base))).toBe(cells.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('groupSessions', () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 10, 9, 0) + minutes * 60_000).toISOString();
  it('joins saves closer than the gap, newest first; a long pause starts a new session', () => {
    const revisions = [
      { id: 6, createdAt: at(24 * 60) },
      { id: 5, createdAt: at(40) },
      { id: 4, createdAt: at(30) },
      { id: 3, createdAt: at(16) },
      { id: 2, createdAt: at(1) },
      { id: 1, createdAt: at(0) },
    ];
    const sessions = groupSessions(revisions);
    expect(sessions.map((s) => s.revisions.map((r) => r.id))).toEqual([[6], [5, 4, 3, 2, 1]]);
    expect(sessions[1]!.first.id).toBe(1);
    expect(sessions[1]!.last.id).toBe(5);
    expect(groupSessions(revisions, 10 * 60_000).map((s) => s.revisions.length)).toEqual([1, 2, 1, 2]);
    expect(groupSessions([])).toEqual([]);
  });

  it('keeps every revision exactly once, in order, whatever the times (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 * SESSION_GAP_MS }), { maxLength: 40 }), (gaps) => {
        let t = Date.UTC(2026, 0, 1);
        const revisions = gaps.map((g, i) => ({ id: i + 1, createdAt: new Date((t += g)).toISOString() })).reverse();
        const sessions = groupSessions(revisions);
        expect(sessions.flatMap((s) => s.revisions)).toEqual(revisions);
        for (const s of sessions) expect(s.revisions.length).toBeGreaterThan(0);
      }),
    );
  });
});
