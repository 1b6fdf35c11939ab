import { describe, expect, it } from 'vitest';
import { FEE_NONE_SENTENCE, SECTIONS } from '../../../shared/format';
import {
  buildDocument,
  splitTitle,
  TABLE_COLUMN_TWIPS,
  TEXT_BLOCK_WIDTH_TWIPS,
  type Block,
} from '../../../shared/document';
import { emptyReport, type Report } from '../../../shared/report';
import type { Finding } from '../../../shared/rules/types';
import { TABLE_LAYOUTS } from '../../../shared/format';
import { fixtureReport } from './fixture';

const texts = (blocks: Block[]) =>
  blocks.map((b) =>
    b.kind === 'heading'
      ? `H${b.level}:${b.text}`
      : b.kind === 'paragraph'
        ? b.runIn
          ? `R${b.runIn.level}:${b.runIn.text}|${b.text}`
          : `P:${b.text}`
        : b.kind === 'table'
          ? `T:${b.table.table}`
          : `C:${b.lines.join('/')}`,
  );

function withOther(
  other: Record<string, string>,
  fee: Report['fee'] = { notices: '0', noticeAmount: '0', collected: '0' },
): Report {
  const r = emptyReport({ organName: '某县交通运输局', year: 2025 });
  return { ...r, prose: { ...r.prose, other: { ...r.prose.other, ...other } }, fee };
}
const sectionSix = (r: Report) => {
  const t = texts(buildDocument(r, { findings: [], final: false }).blocks);
  return t.slice(t.indexOf(`H1:${SECTIONS[5]!.heading}`) + 1);
};

describe('buildDocument', () => {
  it('lays out the fixture: title, six headings in order, the three tables where their sections are', () => {
    const model = buildDocument(fixtureReport(), { findings: [], final: true });
    expect(model.draft).toBe(false);
    expect(model.titleLines).toEqual(['孟州市人民政府办公室', '2025年政府信息公开工作年度报告']);
    const t = texts(model.blocks);
    expect(t.filter((x) => x.startsWith('H1:'))).toEqual(SECTIONS.map((s) => `H1:${s.heading}`));
    expect(t.filter((x) => x.startsWith('T:'))).toEqual(['T:T2', 'T:T3', 'T:T4']);
    expect(t[t.indexOf('H1:二、主动公开政府信息情况') + 1]).toBe('T:T2');
    expect(t[t.indexOf('H1:五、存在的主要问题及改进情况') + 1]).toBe('H2:（一）存在的主要问题');
    expect(t[t.indexOf('H1:五、存在的主要问题及改进情况') + 3]).toBe('H2:（二）改进措施');
  });

  it('numbers the sub-items of 六 by presence, with the fee first once any sub-item is there', () => {
    expect(sectionSix(withOther({}))).toEqual([`P:${FEE_NONE_SENTENCE}`]);
    expect(sectionSix(withOther({ innovation: '推行“政策明白卡”。', otherMatters: '无' }))).toEqual([
      'H2:（一）信息处理费',
      `P:${FEE_NONE_SENTENCE}`,
      'H2:（二）年度政务公开工作创新情况',
      'P:推行“政策明白卡”。',
      'H2:（三）其他需要报告的事项',
      'P:无',
    ]);
    expect(
      sectionSix(
        withOther({ lead: '本年度无其他事项。' }, { notices: '2', noticeAmount: '150.00', collected: '100.5' }),
      ),
    ).toEqual([
      'P:本年度无其他事项。',
      'P:本年度共发出信息处理费收费通知2件，收费通知总金额150.00元，实际收取信息处理费100.5元。',
    ]);
    // a draft with the fee not filled in says nothing about it
    expect(sectionSix(withOther({}, { notices: null, noticeAmount: null, collected: null }))).toEqual([]);
  });

  it('keeps a part’s own run-in sub-heading, and gives the parts typed without one the same style, numbered on', () => {
    const r = emptyReport({ organName: '某局', year: 2025 });
    const report = {
      ...r,
      prose: {
        ...r.prose,
        overview: {
          ...r.prose.overview,
          request: '（二）依申请公开：全年受理申请3件。',
          platform: '网站改版。\n\n1.栏目调整\n新增专栏。',
        },
      },
    };
    const t = texts(buildDocument(report, { findings: [], final: false }).blocks);
    const start = t.indexOf('H1:一、总体情况');
    expect(t.slice(start + 1, start + 6)).toEqual([
      'R2:（二）依申请公开：|全年受理申请3件。',
      'R2:（三）政府信息公开平台建设：|网站改版。',
      'H3:1.栏目调整',
      'P:新增专栏。',
      'H1:二、主动公开政府信息情况',
    ]);
  });

  it('is a draft unless final with no open error, and lists the open errors in order', () => {
    const error: Finding = {
      id: 'T3-BALANCE',
      severity: 'error',
      cells: [],
      section: 'requests',
      message: '“自然人”列不平衡，相差1',
      key: 'k',
    };
    const warning: Finding = { ...error, id: 'X-CARRY', severity: 'warning', message: 'w', key: 'w' };
    const r = fixtureReport();
    expect(buildDocument(r, { findings: [warning], final: true }).draft).toBe(false);
    expect(buildDocument(r, { findings: [warning], final: false }).draft).toBe(true);
    const m = buildDocument(r, { findings: [warning, error], final: true });
    expect(m.draft).toBe(true);
    expect(m.openErrors).toEqual([{ ruleId: 'T3-BALANCE', message: '“自然人”列不平衡，相差1' }]);
  });

  it('adds the 落款 only when given, with the organ name standing in for a missing signer', () => {
    const r = { ...fixtureReport(), closing: { signer: '', date: '2026年1月20日' } };
    const t = texts(buildDocument(r, { findings: [], final: true }).blocks);
    expect(t.at(-1)).toBe('C:孟州市人民政府办公室/2026年1月20日');
    expect(
      texts(buildDocument(fixtureReport(), { findings: [], final: true }).blocks).some((x) => x.startsWith('C:')),
    ).toBe(false);
  });

  it('uses the custom title when given, and blanks for a missing organ or year in a draft', () => {
    expect(
      buildDocument({ ...fixtureReport(), title: '孟州市政府办2025年度信息公开报告' }, { findings: [], final: true })
        .title,
    ).toBe('孟州市政府办2025年度信息公开报告');
    expect(buildDocument(emptyReport(), { findings: [], final: false }).title).toBe(
      '________年政府信息公开工作年度报告',
    );
  });
});

describe('splitTitle', () => {
  it('keeps a short title on one line and breaks after the organ name, before the year', () => {
    expect(splitTitle('某局2025年政府信息公开工作年度报告')).toEqual(['某局2025年政府信息公开工作年度报告']);
    expect(splitTitle('北京市海淀区人民政府2025年政府信息公开工作年度报告')).toEqual([
      '北京市海淀区人民政府',
      '2025年政府信息公开工作年度报告',
    ]);
  });
  it('splits a very long organ name into balanced lines of at most 20 characters', () => {
    const lines = splitTitle('新疆维吾尔自治区伊犁哈萨克自治州人民政府办公室2025年政府信息公开工作年度报告');
    expect(lines.at(-1)).toBe('2025年政府信息公开工作年度报告');
    expect(lines.join('')).toBe('新疆维吾尔自治区伊犁哈萨克自治州人民政府办公室2025年政府信息公开工作年度报告');
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(20);
    expect(lines).toHaveLength(3);
  });
});

describe('table column widths', () => {
  it('give every table one width per layout column, summing to the portrait 版心 width', () => {
    for (const table of ['T2', 'T3', 'T4'] as const) {
      expect(TABLE_COLUMN_TWIPS[table]).toHaveLength(TABLE_LAYOUTS[table].columnCount);
      expect(TABLE_COLUMN_TWIPS[table].reduce((a, b) => a + b, 0)).toBe(TEXT_BLOCK_WIDTH_TWIPS);
    }
    // two 五号 characters (2 × 210 twips) plus 1 mm cell margins each side fit T3's and T4's narrowest columns
    expect(Math.min(...TABLE_COLUMN_TWIPS.T3, ...TABLE_COLUMN_TWIPS.T4)).toBeGreaterThanOrEqual(2 * 210 + 2 * 57);
  });
});
