import { T3_ROWS } from '../../../shared/format';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import {
  MENGZHOU_ORGAN,
  MENGZHOU_YEAR,
  overviewParts,
  problemsParts,
  t2Rows,
  t3Block,
  t3Numbers,
  t4Numbers,
} from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';
import { storedReport } from '../pages/sqlite';

const T3_COLUMN_KEYS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'];
const T4_CELLS = ['reconsideration', 'litigationDirect', 'litigationAfterReview'].flatMap((g) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => `T4.${g}.${o}`),
);

test('the whole 孟州市 2025 report entered through the UI reaches zero errors and is in the SQLite file', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: MENGZHOU_ORGAN, kind: '政府部门', year: MENGZHOU_YEAR });

  // 一: the five sub-parts
  await report.show('overview');
  const overview = overviewParts();
  for (const [key, text] of Object.entries(overview)) await report.field(`prose.overview.${key}`).fill(text);

  // 二: typed cell by cell; Tab walks the table in reading order
  await report.show('proactive');
  const t2 = t2Rows();
  const t2Typed = [
    ...t2['规章']!,
    ...t2['行政规范性文件']!,
    ...t2['行政许可']!,
    ...t2['行政处罚']!,
    ...t2['行政强制']!,
    ...t2['行政事业性收费']!,
  ];
  expect(t2Typed).toHaveLength(10);
  await report.cell('T2.rules.issued').click();
  for (const v of t2Typed) {
    await page.keyboard.type(v);
    await page.keyboard.press('Tab');
  }

  // 三: the block as copied from the published page, labels and 总计 column included
  await report.show('requests');
  await report.pasteInto('T3.newReceived.natural', t3Block());
  await expect(page.getByTestId('paste-notice')).toContainText('已粘贴 144 个单元格');
  await expect(page.getByTestId('paste-notice')).toContainText('合计与自动计算一致');

  // 四: the twelve entered numbers typed in order; Tab skips the three 总计
  await report.show('review');
  const t4 = t4Numbers();
  await report.cell('T4.reconsideration.upheld').click();
  for (const [i, v] of t4.entries()) {
    if (T4_CELLS[i]!.endsWith('.total')) continue;
    await page.keyboard.type(v);
    await page.keyboard.press('Tab');
  }
  for (const [i, id] of T4_CELLS.entries()) {
    if (id.endsWith('.total')) await expect(report.cell(id)).toHaveText(t4[i]!);
  }

  // 五 and 六
  await report.show('problems');
  const problems = problemsParts();
  await report.field('prose.problems.problems').fill(problems.problems!);
  await report.field('prose.problems.improvements').fill(problems.improvements!);
  await report.show('other');
  for (const label of ['发出收费通知件数', '收费通知总金额', '实际收取总金额']) await page.getByLabel(label).fill('0');
  await expect(page.getByTestId('fee-sentence')).toContainText('本年度未收取信息处理费。');

  await report.waitSaved();
  await report.show('checks');
  await expect(report.sideState('checks')).not.toContainText('错误');
  await expect(page.locator('.checks .findings li.finding.error')).toHaveCount(0);
  for (const pane of ['meta', 'overview', 'proactive', 'requests', 'review', 'problems', 'other'] as const) {
    await expect(report.sideState(pane)).not.toContainText('错误');
  }

  // what the store has on disk is the published report
  const stored = storedReport(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR).report;
  const t3 = t3Numbers();
  expect(t3).toHaveLength(T3_ROWS.length);
  T3_ROWS.forEach((row, r) => {
    T3_COLUMN_KEYS.forEach((column, c) =>
      expect(stored.tables.T3[row.key]?.[column], `T3 ${row.label} ${column}`).toBe(t3[r]![c]),
    );
  });
  expect(stored.tables.T2.normativeDocs).toEqual({
    issued: t2['行政规范性文件']![0],
    repealed: t2['行政规范性文件']![1],
    inForce: t2['行政规范性文件']![2],
  });
  expect(stored.tables.T2.fees?.amount).toBe(t2['行政事业性收费']![0]);
  T4_CELLS.forEach((id, i) => {
    const [, group, outcome] = id.split('.');
    expect(stored.tables.T4[group!]?.[outcome!], id).toBe(t4[i]);
  });
  expect(stored.prose.overview).toMatchObject(overview);
  expect(stored.prose.problems).toMatchObject(problems);
  expect(stored.fee).toEqual({ notices: '0', noticeAmount: '0', collected: '0' });
});
