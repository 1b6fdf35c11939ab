/**
 * PLACEHOLDER, FEE-UNFILLED and TITLE-ORGAN-YEAR: errors of a final export only (like CELL-REQUIRED). Each
 * case starts from the reference report, which passes every rule, and breaks one thing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleDef } from '../../../shared/format';
import type { Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { mengzhou } from './fixture';

const base = mengzhou();
const finalErrors = (r: Report) => runRules(r, { final: true }).filter((f) => f.severity === 'error');
const withOther = (r: Report, lead: string): Report => ({
  ...r,
  prose: { ...r.prose, other: { ...r.prose.other, lead } },
});

describe('final-only rules', () => {
  it('the reference report passes them, and a draft check never applies them', () => {
    expect(finalErrors(base)).toEqual([]);
    const broken = { ...withOther(base, '本年度共收取信息处理费____元。'), title: '年度报告' };
    expect(runRules(broken).map((f) => f.id)).not.toContain('PLACEHOLDER');
    expect(runRules(broken).map((f) => f.id)).not.toContain('TITLE-ORGAN-YEAR');
  });

  it.each([
    ['prose.other.lead', (r: Report) => withOther(r, '本年度共发出收费通知____件。'), '____'],
    [
      'prose.overview.active',
      (r: Report) => ({ ...r, prose: { ...r.prose, overview: { ...r.prose.overview, active: '主动公开信息××条。' } } }),
      '××',
    ],
    ['intro', (r: Report) => ({ ...r, intro: '联系电话：＿＿＿＿。' }), '＿＿＿＿'],
    [
      'closing.date',
      (r: Report) => ({ ...r, closing: { signer: '孟州市人民政府办公室', date: '2026年XX月XX日' } }),
      'XX',
    ],
    [
      'prose.problems.improvements',
      (r: Report) => ({
        ...r,
        prose: { ...r.prose, problems: { ...r.prose.problems, improvements: '（此处填写改进措施）' } },
      }),
      '此处填写',
    ],
  ])('PLACEHOLDER in %s', (path, change, placeholder) => {
    const errors = finalErrors(change(base));
    expect(errors.map((f) => [f.id, f.key, f.actual])).toEqual([['PLACEHOLDER', `PLACEHOLDER:${path}`, placeholder]]);
    expect(errors[0]!.message).toMatch(/留有占位符.*正式报告不能留空，请填写实际内容或删去/);
  });

  it('PLACEHOLDER leaves years and ordinary text alone (二〇二五年, 〇, a single ×, Latin words)', () => {
    const fine = withOther(base, '二〇二五年，本机关未收取信息处理费。按“三×三”工作法推进，开通 WeChat 账号。');
    expect(finalErrors(fine)).toEqual([]);
  });

  it('FEE-UNFILLED names the blank fee fields while another one is filled', () => {
    const r = { ...base, fee: { notices: null, noticeAmount: '150', collected: '100' } };
    const errors = finalErrors(r).filter((f) => f.id === 'FEE-UNFILLED');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('“发出收费通知件数”未填写');
    expect(errors[0]!.section).toBe('other');
    expect(finalErrors({ ...base, fee: { notices: null, noticeAmount: null, collected: null } })).toEqual([]);
    expect(finalErrors({ ...base, fee: { notices: '0', noticeAmount: '0', collected: '0' } })).toEqual([]);
  });

  it('FEE-UNFILLED: any partly filled fee is refused, whichever fields are blank', () => {
    const cell = fc.option(fc.constantFrom('0', '2', '150.5'), { nil: null });
    fc.assert(
      fc.property(fc.record({ notices: cell, noticeAmount: cell, collected: cell }), (fee) => {
        const blanks = Object.values(fee).filter((v) => v === null).length;
        const refused = finalErrors({ ...base, fee }).some((f) => f.id === 'FEE-UNFILLED');
        expect(refused).toBe(blanks > 0 && blanks < 3);
      }),
    );
  });

  it('TITLE-ORGAN-YEAR: a title without the organ or the year, and says which', () => {
    const noOrgan = finalErrors({ ...base, title: '孟州市政府办2025年度信息公开报告' });
    expect(noOrgan.map((f) => f.id)).toEqual(['TITLE-ORGAN-YEAR']);
    expect(noOrgan[0]!.message).toContain('未写明机关名称“孟州市人民政府办公室”');
    expect(noOrgan[0]!.message).toContain('孟州市人民政府办公室2025年政府信息公开工作年度报告');
    const noYear = finalErrors({ ...base, title: '孟州市人民政府办公室政府信息公开工作年度报告' });
    expect(noYear[0]!.message).toContain('未写明年度“2025”');
    expect(finalErrors({ ...base, title: '孟州市人民政府办公室 二〇二五年度 政府信息公开工作年度报告' })).toEqual([]);
    // the wrong year is not the year
    expect(
      finalErrors({ ...base, title: '孟州市人民政府办公室2024年政府信息公开工作年度报告' }).map((f) => f.id),
    ).toEqual(['TITLE-ORGAN-YEAR']);
  });

  it('are error rules of the catalogue', () => {
    for (const id of ['PLACEHOLDER', 'FEE-UNFILLED', 'TITLE-ORGAN-YEAR'] as const)
      expect(ruleDef(id).severity).toBe('error');
  });
});
