import { describe, expect, it } from 'vitest';
import { emptyReport, setCell, setCells, type Report } from '../../../shared/report';
import { findingKey, findingsBySection, isAcknowledged, runRules, summarize } from '../../../shared/rules';
import { ids, mengzhou, priorWith } from './fixture';

const base = mengzhou();

function withOverview(r: Report, request: string): Report {
  return { ...r, prose: { ...r.prose, overview: { ...r.prose.overview, request } } };
}

describe('N-NARRATIVE', () => {
  it.each([
    ['本年度共收到政府信息公开申请一百二十九件，结转下年度继续办理五件。', []],
    ['本年新收政府信息公开申请129件。', []],
    ['共受理政府信息公开申请 130 件，结转下年度继续办理 5 件。', [['T3.newReceived.total', '130', '129']]],
    ['收到政府信息公开申请两百零五件。', [['T3.newReceived.total', '205', '129']]],
    ['收到政府信息公开申请十五件。', [['T3.newReceived.total', '15', '129']]],
    ['收到申请１２９件，结转下年度继续办理4件。', [['T3.carryForward.total', '4', '5']]],
    [
      '发生政府信息公开行政复议案件2件，行政诉讼案件1件。',
      [
        ['T4.reconsideration.total', '2', '1'],
        ['T4.litigationDirect.total,T4.litigationAfterReview.total', '1', '0'],
      ],
    ],
    ['发生行政复议1件，未发生行政诉讼。', []],
    ['收到行政复议申请1件。', []],
    // not a received-applications figure; it is the carried-over one, which T3 二 holds (0)
    ['上年结转申请3件，本年未收到申请人的补正材料。', [['T3.carriedOver.total', '3', '0']]],
  ])('“%s”', (sentence, expected) => {
    const findings = runRules(withOverview(base, sentence)).filter((f) => f.id === 'N-NARRATIVE');
    expect(findings.map((f) => [f.cells.join(','), f.actual, f.expected])).toEqual(expected);
    for (const f of findings) expect(f.message).toMatch(/相差\d+$/);
  });

  it('reads every section, and says which sentence it read', () => {
    const r = withOverview(base, '共受理政府信息公开申请 130 件。');
    const [f] = runRules(r).filter((x) => x.id === 'N-NARRATIVE');
    expect(f!.section).toBe('overview');
    expect(f!.message).toContain('受理政府信息公开申请 130 件');
    const elsewhere = {
      ...base,
      prose: { ...base.prose, problems: { ...base.prose.problems, lead: '共受理政府信息公开申请 130 件。' } },
    };
    const [inProblems] = runRules(elsewhere).filter((x) => x.id === 'N-NARRATIVE');
    expect(inProblems).toMatchObject({ section: 'problems', actual: '130', expected: '129' });
    expect(inProblems!.key).not.toBe(f!.key);
  });
});

describe('cross-year rules', () => {
  it('X-CARRY: this year’s 二 must equal last year’s 四, per column', () => {
    const prior = priorWith({ 'T3.carryForward.natural': '3', 'T3.carryForward.total': '0' });
    const findings = runRules(base, { prior });
    expect(ids(findings)).toEqual(['X-CARRY']);
    expect(findings[0]!.cells).toEqual(['T3.carriedOver.natural']);
    expect([findings[0]!.actual, findings[0]!.expected]).toEqual(['0', '3']);
    expect(findings[0]!.message).toContain('相差3');
  });

  it('X-RECTIFY: last year listed problems, this year’s rectification part is empty', () => {
    const prior = {
      ...priorWith({}),
      prose: {
        ...emptyReport().prose,
        problems: { lead: '', rectification: '', problems: '公开深度不够。', improvements: '' },
      },
    };
    expect(ids(runRules(base, { prior }))).toEqual(['X-RECTIFY']);
    const answered = {
      ...base,
      prose: { ...base.prose, problems: { ...base.prose.problems, rectification: '已逐项整改。' } },
    };
    expect(runRules(answered, { prior })).toEqual([]);
    // without the prior report, the problems copied into the report serve
    expect(ids(runRules({ ...base, priorProblems: '公开深度不够。' }))).toEqual(['X-RECTIFY']);
  });

  it('X-REPEAT: a section copied from last year is flagged with the percentage; a rewritten one is not', () => {
    const prior = { ...priorWith({}), prose: base.prose };
    const findings = runRules(base, { prior }).filter((f) => f.id === 'X-REPEAT');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.message.includes('100%'))).toBe(true);
    expect(findings.map((f) => f.key)).toContain('X-REPEAT:prose.overview.active');
    const rewritten = {
      ...priorWith({}),
      prose: {
        ...emptyReport().prose,
        overview: {
          ...emptyReport().prose.overview,
          active:
            '今年我们围绕重点领域信息公开开展了专项检查，新建了政策问答库，组织了三次培训，群众满意度明显提升，网站改版完成。',
        },
      },
    };
    expect(runRules(base, { prior: rewritten }).filter((f) => f.id === 'X-REPEAT')).toEqual([]);
  });

  it('X-REPEAT compares whole sections when the parts are arranged differently', () => {
    const all = Object.values(base.prose.overview).join('');
    const prior = {
      ...priorWith({}),
      prose: { ...base.prose, overview: { ...emptyReport().prose.overview, lead: all } },
    };
    const findings = runRules(base, { prior }).filter((f) => f.id === 'X-REPEAT' && f.section === 'overview');
    expect(findings.map((f) => f.key)).toEqual(['X-REPEAT:prose.overview']);
  });
});

describe('fee, rule-making power, deadline, required sections', () => {
  it('X-FEE: applications dropped for unpaid fees but no fee notice; money collected without notices', () => {
    const r = setCells(base, {
      'T3.otherOverdueFee.natural': '1',
      'T3.otherOverdueFee.total': '1',
      'T3.otherOther.natural': '48',
      'T3.otherOther.total': '48',
    });
    expect(ids(runRules(r))).toEqual(['X-FEE']);
    expect(runRules({ ...r, fee: { notices: '1', noticeAmount: '100', collected: '0' } })).toEqual([]);
    expect(ids(runRules({ ...base, fee: { notices: '0', noticeAmount: '0', collected: '50' } }))).toEqual(['X-FEE']);
  });

  it('X-RULES-POWER: 规章 counts for an organ without rule-making power', () => {
    const r = setCell(base, 'T2.rules.issued', '2');
    const findings = runRules(r);
    expect(ids(findings)).toEqual(['X-RULES-POWER']);
    expect(findings[0]!.cells).toEqual(['T2.rules.issued']);
    expect(runRules({ ...r, organ: { ...r.organ, rulesPower: true } })).toEqual([]);
  });

  it('DEADLINE: days left for a department (31 January) and a government (31 March), and overdue', () => {
    const dept = runRules(base, { today: { year: 2026, month: 1, day: 1 } });
    expect(dept.map((f) => [f.id, f.severity, f.actual, f.expected])).toEqual([
      ['DEADLINE', 'info', '30', '2026-01-31'],
    ]);
    expect(dept[0]!.message).toContain('还有30天');
    const gov = runRules(
      { ...base, organ: { ...base.organ, kind: '人民政府' } },
      { today: { year: 2026, month: 2, day: 1 } },
    );
    expect(gov[0]!.actual).toBe('58');
    const late = runRules(base, { today: { year: 2026, month: 2, day: 3 } });
    expect(late[0]!.message).toContain('已逾期3天');
  });

  it('SECTION-REQUIRED (final only): organ name, year, sections 一 五 六 (六 satisfied by the fee fields)', () => {
    const empty = emptyReport();
    // while drafting, missing content is a state (未填写), not an error
    expect(runRules(empty).filter((f) => f.id === 'SECTION-REQUIRED')).toEqual([]);
    const findings = runRules(empty, { final: true });
    expect(findings.filter((f) => f.id === 'SECTION-REQUIRED').map((f) => f.key)).toEqual([
      'SECTION-REQUIRED:organ.name',
      'SECTION-REQUIRED:year',
      'SECTION-REQUIRED:prose.overview',
      'SECTION-REQUIRED:prose.problems',
      'SECTION-REQUIRED:prose.other',
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    const withFee = { ...empty, fee: { notices: '0', noticeAmount: '0', collected: '0' } };
    expect(runRules(withFee, { final: true }).map((f) => f.key)).not.toContain('SECTION-REQUIRED:prose.other');
  });

  it('CELL-REQUIRED only in a final check, one finding per table listing the blank cells', () => {
    const r = emptyReport({ organName: 'x', year: 2025 });
    expect(runRules(r).some((f) => f.id === 'CELL-REQUIRED')).toBe(false);
    const final = runRules(r, { final: true }).filter((f) => f.id === 'CELL-REQUIRED');
    expect(final.map((f) => f.cells.length)).toEqual([10, 175, 15]);
    expect(final[1]!.message).toContain('175个单元格未填写');
  });
});

describe('acknowledgements and summaries', () => {
  it('an acknowledged warning is counted apart; errors cannot be acknowledged', () => {
    const r = setCells(setCell(base, 'T2.rules.issued', '2'), { 'T3.newReceived.natural': '130' });
    const findings = runRules(r);
    const warning = findings.find((f) => f.id === 'X-RULES-POWER')!;
    const error = findings.find((f) => f.id === 'T3-BALANCE')!;
    const acked: Report = {
      ...r,
      acknowledgements: [warning, error].map((f) => ({
        key: f.key,
        ruleId: f.id,
        explanation: '已核实',
        at: '2026-01-05',
      })),
    };
    expect(isAcknowledged(warning, acked)).toBe(true);
    expect(isAcknowledged(error, acked)).toBe(false);
    expect(summarize(findings, r)).toEqual({ errors: 2, warnings: 1, infos: 0, acknowledged: 0 });
    expect(summarize(findings, acked)).toEqual({ errors: 2, warnings: 0, infos: 0, acknowledged: 1 });
    const grouped = findingsBySection(findings);
    expect([...grouped.keys()]).toEqual(['meta', 'overview', 'proactive', 'requests', 'review', 'problems', 'other']);
    expect(grouped.get('requests')!.map((f) => f.id)).toEqual(['T3-BALANCE', 'T3-ROW-SUM']);
    expect(grouped.get('proactive')!.map((f) => f.id)).toEqual(['X-RULES-POWER']);
  });

  it('keys are stable across runs and name the rule and its cells', () => {
    const r = setCell(base, 'T3.newReceived.natural', '130');
    expect(runRules(r).map((f) => f.key)).toEqual(runRules(r).map((f) => f.key));
    const balance = runRules(r)[0]!;
    expect(balance.key).toBe(
      'T3-BALANCE:T3.newReceived.natural,T3.carriedOver.natural,T3.resultTotal.natural,T3.carryForward.natural',
    );
    expect(findingKey(balance)).toBe(balance.key);
    expect(findingKey('T3-BALANCE', balance.cells)).toBe(balance.key);
  });

  // How fast the rules run on every keystroke is measured by `npm run bench` (runRules p95, with last
  // year), against its target: a timed assertion here only flaked under load.
});
