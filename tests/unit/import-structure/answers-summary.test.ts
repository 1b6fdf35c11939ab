import { describe, expect, it } from 'vitest';
import { answerImport, readAnswer } from '../../../shared/import/answers';
import { parseReportText } from '../../../shared/import/text';
import { fixtureText } from '../import-files/fixture';

const PRINTED_TITLE = '孟州市人民政府办公室 2025 年政府信息公开工作年度报告';
const untitled = () => parseReportText(fixtureText().replace(PRINTED_TITLE, ''));

describe('answers to what the file does not say', () => {
  it('a report without title asks organ, year, kind and 规章制定权, each with a reason', () => {
    const { report, questions } = untitled();
    expect(questions.map((q) => q.field)).toEqual(['organ', 'year', 'kind', 'rulesPower']);
    for (const q of questions) expect(q.reason).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(report.organ.name).toBe('');
    expect(report.year).toBeNull();
  });

  it('a typed organ name settles what it decides and leaves the rest asked', () => {
    const { report, questions } = untitled();
    const office = answerImport(report, questions, { organ: '孟州市人民政府办公室', year: 2025 });
    expect(office.open).toEqual([]);
    expect(office.report.organ).toMatchObject({ name: '孟州市人民政府办公室', kind: '政府部门', rulesPower: false });
    expect(office.report.year).toBe(2025);
    expect(office.report.title).toBe('');
    const city = answerImport(report, questions, { organ: '云海市人民政府', year: 2025 });
    expect(city.open.map((q) => q.field)).toEqual(['rulesPower']);
    expect(city.report.organ.kind).toBe('人民政府');
    const answered = answerImport(report, questions, { organ: '云海市人民政府', year: 2025, rulesPower: true });
    expect(answered.open).toEqual([]);
    expect(answered.report.organ.rulesPower).toBe(true);
    const zone = answerImport(report, questions, { organ: '高新区管理委员会', year: 2025 });
    expect(zone.open.map((q) => q.field)).toEqual(['kind']);
  });

  it('typed values are checked with a Chinese message', () => {
    expect(readAnswer('year', '2025年')).toEqual({ ok: true, answers: { year: 2025 } });
    expect(readAnswer('year', '25')).toMatchObject({ ok: false, message: expect.stringContaining('四位数字') });
    expect(readAnswer('kind', '部门')).toMatchObject({ ok: false, message: expect.stringContaining('人民政府') });
    expect(readAnswer('rulesPower', '否')).toEqual({ ok: true, answers: { rulesPower: false } });
    expect(readAnswer('organ', ' ')).toMatchObject({ ok: false });
  });
});

describe('the import report per part', () => {
  it('the fixture: every section read, nothing missing in the tables', () => {
    const { summary } = parseReportText(fixtureText());
    expect(summary.map((r) => r.part)).toEqual([
      '标题和机关',
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
      '落款',
    ]);
    expect(summary[0]!.read).toBe('机关：孟州市人民政府办公室；年度：2025');
    expect(summary[3]!).toMatchObject({ read: '读到 175 个数值（共 175 个单元格）', missing: [] });
  });

  it('a missing section and blank cells are listed as missing, renumbered headings as normalised', () => {
    const text = fixtureText()
      .replace('四、政府信息公开行政复议、行政诉讼情况', '')
      .replace('一、总体情况', '1. 总体情况')
      .replace('二、主动公开政府信息情况', '2. 主动公开政府信息情况');
    const { summary } = parseReportText(text);
    const review = summary.find((r) => r.part.startsWith('四'))!;
    expect(review.read).toBe('没有找到这一部分');
    expect(review.missing.join()).toContain('整部分留空');
    expect(summary[0]!.normalised.join()).toContain('“1. 总体情况”');
  });
});
