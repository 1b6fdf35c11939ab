import { describe, expect, it } from 'vitest';
import { T3_COLUMNS, TABLE_CELLS } from '../../../shared/format';
import { setCell, setCells } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { ids, mengzhou, priorWith } from './fixture';

const base = mengzhou();
const naturalColumn = [
  'T3.newReceived.natural',
  'T3.carriedOver.natural',
  'T3.resultTotal.natural',
  'T3.carryForward.natural',
];

describe('single-cell perturbations of a valid report fire exactly the rules they break', () => {
  it('一、本年新收 自然人 129 → 130: T3-BALANCE on 自然人 (off by 1) and T3-ROW-SUM on row 一', () => {
    const findings = runRules(setCell(base, 'T3.newReceived.natural', '130'));
    expect(ids(findings)).toEqual(['T3-BALANCE', 'T3-ROW-SUM']);
    const balance = findings.find((f) => f.id === 'T3-BALANCE')!;
    expect(balance.cells).toEqual(naturalColumn);
    expect(balance.severity).toBe('error');
    expect(balance.section).toBe('requests');
    expect([balance.actual, balance.expected]).toEqual(['130', '129']);
    expect(balance.message).toBe('“自然人”列：第一项加第二项之和为130，第三项加第四项之和为129，相差1');
    const rowSum = findings.find((f) => f.id === 'T3-ROW-SUM')!;
    expect(rowSum.cells[0]).toBe('T3.newReceived.total');
    expect(rowSum.cells).toContain('T3.newReceived.natural');
    expect([rowSum.actual, rowSum.expected]).toEqual(['129', '130']);
    expect(rowSum.message).toContain('一、本年新收政府信息公开申请数量');
    expect(rowSum.message).toContain('相差1');
  });

  it('a result row （一）予以公开 自然人 35 → 38: T3-RESULT-SUM (自然人) and T3-ROW-SUM (that row), off by 3', () => {
    const findings = runRules(setCell(base, 'T3.disclosed.natural', '38'));
    expect(ids(findings)).toEqual(['T3-RESULT-SUM', 'T3-ROW-SUM']);
    const resultSum = findings.find((f) => f.id === 'T3-RESULT-SUM')!;
    expect(resultSum.cells[0]).toBe('T3.resultTotal.natural');
    expect(resultSum.cells).toHaveLength(22);
    expect([resultSum.actual, resultSum.expected]).toEqual(['124', '127']);
    expect(resultSum.message).toMatch(/^“自然人”列：“（七）总计”为124，.*之和为127，相差3$/);
    const rowSum = findings.find((f) => f.id === 'T3-ROW-SUM')!;
    expect(rowSum.cells[0]).toBe('T3.disclosed.total');
    expect(rowSum.message).toContain('（一）予以公开');
    expect(rowSum.message).toContain('相差3');
  });

  it('a T4 cell 行政复议 结果维持 1 → 3: T4-SUM only, off by 2', () => {
    const findings = runRules(setCell(base, 'T4.reconsideration.upheld', '3'));
    expect(ids(findings)).toEqual(['T4-SUM']);
    expect(findings[0]!.cells).toEqual([
      'T4.reconsideration.total',
      'T4.reconsideration.upheld',
      'T4.reconsideration.corrected',
      'T4.reconsideration.other',
      'T4.reconsideration.pending',
    ]);
    expect([findings[0]!.actual, findings[0]!.expected]).toEqual(['1', '3']);
    expect(findings[0]!.message).toBe('“行政复议”：“总计”为1，结果维持、结果纠正、其他结果、尚未审结之和为3，相差2');
  });

  it('a T4 litigation cell names 行政诉讼（复议后起诉）', () => {
    const findings = runRules(setCell(base, 'T4.litigationAfterReview.pending', '2'));
    expect(ids(findings)).toEqual(['T4-SUM']);
    expect(findings[0]!.message).toContain('行政诉讼（复议后起诉）');
  });

  it('a T2 cell 现行有效件数 76 → 77 with last year at 87: X-IN-FORCE (87 + 0 − 11 = 76), off by 1', () => {
    const prior = priorWith({ 'T2.normativeDocs.inForce': '87', 'T2.rules.inForce': '0' });
    const quiet = runRules(base, { prior });
    expect(ids(quiet)).toEqual([]);
    const findings = runRules(setCell(base, 'T2.normativeDocs.inForce', '77'), { prior });
    expect(ids(findings)).toEqual(['X-IN-FORCE']);
    const f = findings[0]!;
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual(['T2.normativeDocs.issued', 'T2.normativeDocs.repealed', 'T2.normativeDocs.inForce']);
    expect([f.actual, f.expected]).toEqual(['77', '76']);
    expect(f.message).toContain('行政规范性文件');
    expect(f.message).toContain('相差1');
  });

  it('a total cell 一 总计 129 → 130: T3-ROW-SUM, T3-BALANCE on 总计, and the prose 129 now contradicts it', () => {
    const findings = runRules(setCell(base, 'T3.newReceived.total', '130'));
    expect(ids(findings)).toEqual(['N-NARRATIVE', 'T3-BALANCE', 'T3-ROW-SUM']);
    expect(findings.find((f) => f.id === 'T3-BALANCE')!.message).toBe(
      '“总计”列：第一项加第二项之和为130，第三项加第四项之和为129，相差1',
    );
    const n = findings.find((f) => f.id === 'N-NARRATIVE')!;
    expect(n.cells).toEqual(['T3.newReceived.total']);
    expect([n.actual, n.expected]).toEqual(['129', '130']);
  });

  it.each([
    ['T3.disclosed.natural', '12a', '只能填写数字'],
    ['T3.disclosed.natural', '-1', '不能为负数'],
    ['T4.reconsideration.upheld', '1.5', '件数须为整数'],
    ['T2.fees.amount', '0.1234567', '万元金额最多保留6位小数'],
    ['T2.rules.issued', '1 2', '数字中间有空格'],
    ['T2.rules.repealed', '０１２', '数值未规范化'],
  ])('%s = “%s” fires exactly CELL-DOMAIN (%s) and no sum rule', (cell, value, reason) => {
    const findings = runRules(setCell(base, cell, value));
    expect(ids(findings)).toEqual(['CELL-DOMAIN']);
    expect(findings[0]!.cells).toEqual([cell]);
    expect(findings[0]!.actual).toBe(value);
    expect(findings[0]!.message).toContain(`“${value}”`);
    expect(findings[0]!.message).toContain(reason);
  });

  it('accepts 6 decimals in 万元 and checks the fee fields in 元 (2 decimals)', () => {
    expect(runRules(setCell(base, 'T2.fees.amount', '0.123456'))).toEqual([]);
    const r = { ...base, fee: { notices: '1', noticeAmount: '12.345', collected: '0' } };
    const findings = runRules(r);
    expect(ids(findings)).toEqual(['CELL-DOMAIN']);
    expect(findings[0]!.message).toContain('收费通知总金额');
    expect(findings[0]!.message).toContain('元金额最多保留2位小数');
  });

  it('a blank part of the table is quiet; a blank total with present parts is left to CELL-REQUIRED', () => {
    const blankRow = setCells(base, Object.fromEntries(T3_COLUMNS.map((c) => [`T3.carriedOver.${c.key}`, null])));
    expect(runRules(blankRow)).toEqual([]);
    const blankT4 = setCells(
      base,
      Object.fromEntries(TABLE_CELLS.filter((c) => c.id.startsWith('T4.')).map((c) => [c.id, null])),
    );
    expect(runRules(blankT4)).toEqual([]);
    // a blank part under a printed total that no longer adds up is a disagreement; the balance of
    // that column waits until all four of its cells are there
    const blankPart = setCell(base, 'T3.newReceived.natural', null);
    expect(ids(runRules(blankPart))).toEqual(['T3-ROW-SUM']);
    const missingResultTotal = setCells(
      base,
      Object.fromEntries(T3_COLUMNS.map((c) => [`T3.resultTotal.${c.key}`, null])),
    );
    expect(runRules(missingResultTotal)).toEqual([]);
    const blankTotal = setCell(base, 'T3.disclosed.total', null);
    expect(runRules(blankTotal)).toEqual([]);
    const final = runRules(blankTotal, { final: true });
    expect(ids(final)).toEqual(['CELL-REQUIRED']);
    expect(final[0]!.cells).toEqual(['T3.disclosed.total']);
    expect(final[0]!.message).toContain('1个单元格未填写');
  });
});
