import { readFileSync } from 'node:fs';
import { MENGZHOU_FIXTURE_PATH } from '../../reference';

/**
 * The 孟州市 2025 report (../shared/fixtures/mengzhou-2025.txt), read by the test itself, so the
 * values the UI is fed and the values expected in the database come from the published text and not
 * from the code under test.
 */
export const MENGZHOU_PATH = MENGZHOU_FIXTURE_PATH;
export const MENGZHOU_ORGAN = '孟州市人民政府办公室';
export const MENGZHOU_YEAR = 2025;

const lines = () => readFileSync(MENGZHOU_PATH, 'utf8').replace(/\r\n?/g, '\n').split('\n');

function after(prefix: string): string {
  const line = lines().find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`fixture has no line starting ${prefix}`);
  return line.slice(prefix.length).trim();
}

/** 一、总体情况: the five sub-parts, by the part key of the format. */
export function overviewParts(): Record<string, string> {
  return {
    active: after('（一）主动公开：'),
    request: after('（二）依申请公开：'),
    management: after('（三）政府信息管理：'),
    platform: after('（四）政府信息公开平台建设：'),
    supervision: after('（五）监督保障：'),
  };
}

export function problemsParts(): Record<string, string> {
  return { problems: after('存在的主要问题：'), improvements: after('改进情况：') };
}

/** 二: the numbers of each T2 row, by its label. */
export function t2Rows(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const label of ['规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费']) {
    const line = lines().find((l) => l.startsWith(`${label}\t`))!;
    out[label] = line
      .split('\t')
      .slice(1)
      .filter((c) => c.trim() !== '');
  }
  return out;
}

/** 三: the block as copied from the page, from the corner label to 四、结转下年度继续办理. */
export function t3Block(): string {
  const all = lines();
  const start = all.findIndex((l) => l.startsWith('(本列数据的勾稽关系'));
  const end = all.findIndex((l) => l.startsWith('四、结转下年度继续办理'));
  return all.slice(start, end + 1).join('\r\n');
}

/** 三: the 25 rows of seven numbers (自然人 … 其他, 总计) in table order. */
export function t3Numbers(): string[][] {
  return t3Block()
    .split('\r\n')
    .map((l) => l.split('\t'))
    .filter((cells) => cells.some((c) => /^\d+$/.test(c.trim())))
    .map((cells) => cells.slice(-7).map((c) => c.trim()));
}

/** 四: the one data row of 15 numbers. */
export function t4Numbers(): string[] {
  const line = lines().find((l) => /^\d+(\t\d+){14}$/.test(l.trim()))!;
  return line.trim().split('\t');
}

/** The text between two headings of the fixture, as copied from the page (T2 and T4 blocks with their heading rows). */
export function blockBetween(startHeading: string, endHeading: string): string {
  const all = lines();
  const start = all.indexOf(startHeading);
  const end = all.indexOf(endHeading);
  return all.slice(start + 1, end).join('\r\n');
}
