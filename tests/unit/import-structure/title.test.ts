import { describe, expect, it } from 'vitest';
import { findTitle, readTitle } from '../../../shared/import/title';

const ORGAN = '孟州市人民政府办公室';

describe('readTitle: every title form of REAL-WORLD.md', () => {
  it.each([
    `${ORGAN}2025年政府信息公开工作年度报告`,
    `${ORGAN}2025年度政府信息公开工作年度报告`,
    `${ORGAN}政府信息公开2025年度报告`,
    `${ORGAN}政府信息公开工作2025年度报告`,
    `${ORGAN}2025年政府信息公开年度报告`,
    `${ORGAN}2025年政府信息公开年报`,
    `${ORGAN}2025年度政府信息公开年报`,
    `${ORGAN} 2025 年政府信息公开工作年度报告`,
    `${ORGAN}二〇二五年政府信息公开工作年度报告`,
    `${ORGAN}二零二五年度政府信息公开工作年度报告`,
    `2025年${ORGAN}政府信息公开工作年度报告`,
    `${ORGAN}２０２５年政府信息公开工作年度报告`,
  ])('%s', (line) => {
    expect(readTitle(line)).toMatchObject({ organ: ORGAN, year: 2025 });
  });

  it('reads a title without organ (the organ is on the line above) or without year', () => {
    expect(readTitle('2025年政府信息公开工作年度报告')).toMatchObject({ organ: null, year: 2025 });
    expect(readTitle(`${ORGAN}政府信息公开工作年度报告`)).toMatchObject({ organ: ORGAN, year: null });
  });

  it.each([
    '首页 > 政府信息公开 > 政府信息公开年报',
    '当前位置：首页 > 年报',
    '政府信息公开年报',
    `现将${ORGAN}2025年政府信息公开工作年度报告公布如下：`,
    `根据《条例》，特编制${ORGAN}2025年政府信息公开工作年度报告。`,
    '一、总体情况',
    '首页政府信息公开政府信息公开年报',
  ])('is not a title with an organ: %s', (line) => {
    expect(readTitle(line)?.organ ?? null).toBeNull();
  });
});

describe('findTitle', () => {
  it('joins organ and year set on two lines', () => {
    const found = findTitle([ORGAN, '2025年度政府信息公开工作年度报告', '一、总体情况']);
    expect(found).toMatchObject({ start: 0, end: 1, reading: { organ: ORGAN, year: 2025 } });
  });

  it('passes over a breadcrumb ending in 年报 and a table', () => {
    const found = findTitle([
      '首页 > 政府信息公开 > 政府信息公开年报',
      null,
      `${ORGAN}2025年度政府信息公开工作年度报告`,
    ]);
    expect(found).toMatchObject({ start: 2, end: 2, reading: { organ: ORGAN, year: 2025 } });
  });

  it('takes the title nearest the body when a page lists other reports above it', () => {
    const found = findTitle([`${ORGAN}2024年政府信息公开工作年度报告`, `${ORGAN}2025年政府信息公开工作年度报告`]);
    expect(found?.reading.year).toBe(2025);
  });

  it('is null when there is no title', () => {
    expect(findTitle(['首页', '政务公开', '本报告根据条例编制。'])).toBeNull();
  });
});
