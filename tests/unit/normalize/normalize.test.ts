import { describe, expect, it } from 'vitest';
import { domainMessage, normalizeNumber } from '../../../shared/report';
import { parseProseNumber } from '../../../shared/rules';
import { parseYearInput } from '../../../shared/report/year';

const ok = (value: string | null) => ({ ok: true, value });
const bad = (message: string) => ({ ok: false, message });

describe('normalizeNumber', () => {
  it.each([
    ['129', 'count', ok('129')],
    ['１２９', 'count', ok('129')],
    ['  12 ', 'count', ok('12')],
    ['1\u3000000', 'count', ok('1000')],
    ['1 234 567', 'count', ok('1234567')],
    ['1,234', 'count', ok('1234')],
    ['1，234', 'count', ok('1234')],
    ['１，２３４．５', 'wanYuan', ok('1234.5')],
    ['007', 'count', ok('7')],
    ['+5', 'count', ok('5')],
    ['0.123456', 'wanYuan', ok('0.123456')],
    ['0.30', 'wanYuan', ok('0.30')],
    ['12.34', 'yuan', ok('12.34')],
    ['', 'count', ok(null)],
    ['   ', 'count', ok(null)],
    ['\u3000', 'count', ok(null)],
  ] as const)('“%s” as %s is accepted', (raw, kind, expected) => {
    expect(normalizeNumber(raw, kind)).toEqual(expected);
  });

  it.each([['12 9'], ['１２ ９'], ['12\u00A09'], ['1 23'], ['12 9.5']])(
    '“%s”: a space between digits that is no thousands grouping is refused, never joined',
    (raw) => {
      const r = normalizeNumber(raw, 'wanYuan');
      expect(r.ok).toBe(false);
      expect((r as { message: string }).message).toMatch(/^数字中间有空格/);
    },
  );

  it('null and undefined are blank', () => {
    expect(normalizeNumber(null, 'count')).toEqual(ok(null));
    expect(normalizeNumber(undefined, 'count')).toEqual(ok(null));
  });

  it.each([
    ['-1', 'count', '不能为负数'],
    ['－３', 'count', '不能为负数'],
    ['-0.5', 'wanYuan', '不能为负数'],
    ['1.5', 'count', '件数须为整数'],
    ['0.1234567', 'wanYuan', '万元金额最多保留6位小数'],
    ['1.005', 'yuan', '元金额最多保留2位小数'],
    ['1234567890', 'count', '数值过大，请核对'],
    ['1234567890123', 'wanYuan', '数值过大，请核对'],
    ['12a', 'count', '只能填写数字'],
    ['abc', 'count', '只能填写数字'],
    ['一百', 'count', '只能填写数字'],
    ['1e5', 'count', '请直接填写数字，不要用科学计数法'],
    ['12,34', 'count', '千位分隔符位置不正确'],
    ['1.', 'wanYuan', '数字格式不正确'],
    ['.5', 'wanYuan', '数字格式不正确'],
    ['—', 'count', '请填写数字；没有发生的请填 0'],
  ] as const)('“%s” as %s is refused: %s', (raw, kind, message) => {
    expect(normalizeNumber(raw, kind)).toEqual(bad(message));
  });

  it('keeps huge but allowed numbers exact (no float rounding)', () => {
    expect(normalizeNumber('999999999999.999999', 'wanYuan')).toEqual(ok('999999999999.999999'));
    expect(normalizeNumber('999999999', 'count')).toEqual(ok('999999999'));
  });

  it('domainMessage accepts only canonical stored values', () => {
    expect(domainMessage('129', 'count')).toBeNull();
    expect(domainMessage('0.30', 'wanYuan')).toBeNull();
    expect(domainMessage('007', 'count')).toBe('数值未规范化');
    expect(domainMessage('１２９', 'count')).toBe('数值未规范化');
    expect(domainMessage('1.5', 'count')).toBe('件数须为整数');
  });
});

describe('numbers in prose', () => {
  it.each([
    ['129', '129'],
    ['１２９', '129'],
    ['1,234', '1234'],
    ['一百二十九', '129'],
    ['两百零五', '205'],
    ['十五', '15'],
    ['十', '10'],
    ['一千零一', '1001'],
    ['零', '0'],
    ['〇', '0'],
    ['三万五千', '35000'],
    ['一万零二十', '10020'],
  ])('“%s” → %s', (raw, value) => {
    expect(parseProseNumber(raw)).toBe(value);
  });

  it.each(['二三', '12,34', '百百x', '万万'])('“%s” is not read as a number', (raw) => {
    expect(parseProseNumber(raw)).toBeNull();
  });
});

describe('parseYearInput', () => {
  it.each([
    ['2025', 2025],
    ['2025年', 2025],
    ['2025年度', 2025],
    ['２０２５ 年', 2025],
    [' 2026 ', 2026],
    ['25', null],
    ['2025年2026年', null],
    ['二〇二五年', null],
    ['1999', null],
    ['2101', null],
    ['', null],
  ] as const)('“%s” → %s', (raw, expected) => {
    expect(parseYearInput(raw)).toBe(expected);
  });
});
