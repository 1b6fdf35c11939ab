import { describe, expect, it } from 'vitest';
import { T3_COLUMNS, T3_ROWS, T4_GROUPS, T4_OUTCOMES, TABLE_CELLS } from '../../../shared/format';
import { parseReportText } from '../../../shared/import/text';
import { getCell } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { MENGZHOU_TEXT } from '../rules/fixture';

/**
 * The expected numbers are read here straight from the fixture's lines, by position, without the
 * parser: the T3 rows are the lines between the headings 三 and 四 whose last 7 cells are figures,
 * in table order; T2 rows by their first cell; T4 is the one all-figure line.
 */
function readFixtureByHand(text: string): Map<string, string> {
  const lines = text.split('\n');
  const at = (heading: string) => lines.findIndex((l) => l.trim() === heading);
  const expected = new Map<string, string>();

  const t2 = lines.slice(at('二、主动公开政府信息情况'), at('三、收到和处理政府信息公开申请情况'));
  const t2Row = (label: string) => t2.find((l) => l.split('\t')[0] === label)!.split('\t');
  const [, rIssued, rRepealed, rInForce] = t2Row('规章');
  const [, nIssued, nRepealed, nInForce] = t2Row('行政规范性文件');
  Object.entries({
    'T2.rules.issued': rIssued,
    'T2.rules.repealed': rRepealed,
    'T2.rules.inForce': rInForce,
    'T2.normativeDocs.issued': nIssued,
    'T2.normativeDocs.repealed': nRepealed,
    'T2.normativeDocs.inForce': nInForce,
    'T2.licensing.decisions': t2Row('行政许可')[1],
    'T2.punishment.decisions': t2Row('行政处罚')[1],
    'T2.enforcement.decisions': t2Row('行政强制')[1],
    'T2.fees.amount': t2Row('行政事业性收费')[1],
  }).forEach(([k, v]) => expected.set(k, v!));

  const t3 = lines
    .slice(at('三、收到和处理政府信息公开申请情况'), at('四、政府信息公开行政复议、行政诉讼情况'))
    .map((l) => l.split('\t'))
    .filter((cells) => cells.length >= 10 && cells.slice(-7).every((c) => /^\d+$/.test(c)));
  expect(t3).toHaveLength(25);
  t3.forEach((cells, r) =>
    cells.slice(-7).forEach((v, c) => expected.set(`T3.${T3_ROWS[r]!.key}.${T3_COLUMNS[c]!.key}`, v)),
  );

  const t4 = lines
    .slice(at('四、政府信息公开行政复议、行政诉讼情况'))
    .find((l) => /^\d+(\t\d+){14}$/.test(l))!
    .split('\t');
  T4_GROUPS.forEach((g, gi) => T4_OUTCOMES.forEach((o, oi) => expected.set(`T4.${g.key}.${o.key}`, t4[gi * 5 + oi]!)));
  return expected;
}

describe('importing the Mengzhou 2025 report', () => {
  const { report, issues } = parseReportText(MENGZHOU_TEXT);

  it('reads all 200 numbers exactly as printed', () => {
    const expected = readFixtureByHand(MENGZHOU_TEXT);
    expect(expected.size).toBe(200);
    for (const c of TABLE_CELLS) expect([c.id, getCell(report, c.id)]).toEqual([c.id, expected.get(c.id)]);
    // spot checks against the printed table, typed in by hand
    expect(getCell(report, 'T3.newReceived.natural')).toBe('129');
    expect(getCell(report, 'T3.resultTotal.total')).toBe('124');
    expect(getCell(report, 'T3.otherOther.natural')).toBe('49');
    expect(getCell(report, 'T2.normativeDocs.inForce')).toBe('76');
    expect(getCell(report, 'T4.reconsideration.total')).toBe('1');
  });

  it('reads the title, the sub-parts of 一 and 五 and the zero fee sentence', () => {
    expect(report.organ.name).toBe('孟州市人民政府办公室');
    expect(report.year).toBe(2025);
    expect(report.title).toBe('');
    // the run-in sub-headings stay in the text as printed, so the export prints them run in
    expect(report.prose.overview.active).toMatch(/^（一）主动公开：2025 年，孟州市人民政府办公室认真贯彻落实/);
    expect(report.prose.overview.request).toContain('共受理政府信息公开申请 129 件');
    expect(report.prose.overview.supervision).toContain('未发生政府信息公开工作重大责任事件');
    expect(report.prose.overview.lead).toBe('');
    expect(report.prose.problems.problems).toMatch(/^存在的主要问题：一是政府信息公开深度与精准度不足/);
    expect(report.prose.problems.improvements).toMatch(/^改进情况：一是深化政府信息公开内容/);
    expect(report.prose.problems.rectification).toBe('');
    expect(report.fee).toEqual({ notices: '0', noticeAmount: '0', collected: '0' });
    // the organ's own fee sentence is kept as written, not replaced by the generated one
    expect(report.prose.other.lead).toBe('2025 年，孟州市人民政府办公室未收取信息处理费。');
  });

  it('reports no warning or error while importing it', () => {
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('passes every error rule and N-NARRATIVE is quiet (129 and 5 match the tables)', () => {
    const findings = runRules(report, { final: true });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.id === 'N-NARRATIVE')).toEqual([]);
    expect(findings).toEqual([]);
  });
});
