import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../shared/format';
import { matchSectionHeading } from '../../../shared/import/section-headings';
import { sectionHeadingLines } from '../../../shared/import/page-furniture';

/** The words of each official heading, from the format definition. */
const WORDS = SECTIONS.map((s) => s.heading.slice(s.numeral.length + 1));
const NUMERALS = SECTIONS.map((s) => s.numeral);

const NUMBERINGS: Record<string, (i: number) => string> = {
  '一、': (i) => `${NUMERALS[i]}、`,
  '一．': (i) => `${NUMERALS[i]}．`,
  '一.': (i) => `${NUMERALS[i]}.`,
  '一 、': (i) => `${NUMERALS[i]} 、`,
  '一（无标点）': (i) => NUMERALS[i]!,
  '1.': (i) => `${i + 1}.`,
  '1、': (i) => `${i + 1}、`,
  '１．': (i) => `${String.fromCharCode(0xff11 + i)}．`,
  '（一）': (i) => `（${NUMERALS[i]}）`,
  '(一)': (i) => `(${NUMERALS[i]})`,
  第一部分: (i) => `第${NUMERALS[i]}部分 `,
};

describe('matchSectionHeading: every numbering, matched by the words of the format definition', () => {
  for (const [name, number] of Object.entries(NUMBERINGS)) {
    it(`${name}`, () => {
      const lines = WORDS.map((w, i) => `${number(i)}${w}`);
      expect(sectionHeadingLines(lines).map((h) => h.index)).toEqual([0, 1, 2, 3, 4, 5]);
      lines.forEach((line, i) => expect(matchSectionHeading(line)?.index).toBe(i));
    });
  }

  it('a reworded heading with the right number still matches', () => {
    expect(matchSectionHeading('五、存在的主要问题和改进措施', 4)?.index).toBe(4);
  });

  it('an exact heading without any number matches', () => {
    expect(matchSectionHeading(WORDS[0]!)?.index).toBe(0);
  });
});

describe('matchSectionHeading: what is not a section heading', () => {
  it('sub-headings of 一 under a 一、 numbering', () => {
    const lines = [
      `一、${WORDS[0]}`,
      '（一）主动公开',
      '（二）依申请公开',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
      `二、${WORDS[1]}`,
    ];
    expect(sectionHeadingLines(lines)).toEqual([
      { line: 0, index: 0 },
      { line: 5, index: 1 },
    ]);
  });

  it('sub-headings 1. 2. under a （一） top-level numbering', () => {
    const lines = [`（一）${WORDS[0]}`, '1.主动公开', '2.依申请公开', '4.政府信息公开平台建设', `（二）${WORDS[1]}`];
    expect(sectionHeadingLines(lines).map((h) => h.line)).toEqual([0, 4]);
  });

  it("T3's row labels 一、二、三、四 (with or without tabs)", () => {
    const lines = [
      `三、${WORDS[2]}`,
      '一、本年新收政府信息公开申请数量\t\t\t129',
      '二、上年结转政府信息公开申请数量',
      '三、本年度办理结果',
      '四、结转下年度继续办理',
      `四、${WORDS[3]}`,
    ];
    expect(sectionHeadingLines(lines)).toEqual([
      { line: 0, index: 2 },
      { line: 5, index: 3 },
    ]);
  });

  it('a long paragraph that starts with a numeral, and a heading run into its text', () => {
    expect(
      matchSectionHeading(`一、${WORDS[0]}：本年度，本机关认真贯彻落实条例，全面推进政务公开工作，取得了良好成效。`),
    ).toBeNull();
  });

  it('a heading out of order (before the expected section)', () => {
    expect(matchSectionHeading(`一、${WORDS[0]}`, 1)).toBeNull();
  });
});
