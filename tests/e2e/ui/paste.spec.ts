import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { blockBetween, t2Rows, t4Numbers } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';

test('the T2 and T4 blocks copied from the published page, heading rows and all, land in their cells', async ({
  page,
}) => {
  const home = new HomePage(page);
  const report = new ReportPage(page);
  await home.createReport({ organ: '测试区司法局', year: 2025 });

  await report.show('proactive');
  await report.pasteInto(
    'T2.rules.issued',
    blockBetween('二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'),
  );
  await expect(page.getByTestId('paste-notice')).toContainText('已粘贴 10 个单元格');
  const t2 = t2Rows();
  const expected: Record<string, string> = {
    'T2.rules.issued': t2['规章']![0]!,
    'T2.normativeDocs.repealed': t2['行政规范性文件']![1]!,
    'T2.normativeDocs.inForce': t2['行政规范性文件']![2]!,
    'T2.licensing.decisions': t2['行政许可']![0]!,
    'T2.enforcement.decisions': t2['行政强制']![0]!,
    'T2.fees.amount': t2['行政事业性收费']![0]!,
  };
  for (const [id, v] of Object.entries(expected)) await expect(report.cell(id), id).toHaveValue(v);

  await report.show('review');
  await report.pasteInto(
    'T4.reconsideration.upheld',
    blockBetween('四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'),
  );
  await expect(page.getByTestId('paste-notice')).toContainText('已粘贴 12 个单元格');
  await expect(page.getByTestId('paste-notice')).toContainText('3 个合计与自动计算一致');
  const t4 = t4Numbers();
  await expect(report.cell('T4.reconsideration.upheld')).toHaveValue(t4[0]!);
  await expect(report.cell('T4.reconsideration.total')).toHaveText(t4[4]!);
  await expect(report.cell('T4.litigationAfterReview.pending')).toHaveValue(t4[13]!);

  // the whole paste is one step to undo, and to redo
  await page.keyboard.press('Control+z');
  await expect(report.cell('T4.reconsideration.upheld')).toHaveValue('');
  await expect(report.cell('T4.litigationAfterReview.pending')).toHaveValue('');
  await expect(report.cell('T4.reconsideration.total')).toHaveText('');
  await page.keyboard.press('Control+y');
  await expect(report.cell('T4.reconsideration.upheld')).toHaveValue(t4[0]!);
  await expect(report.cell('T4.reconsideration.total')).toHaveText(t4[4]!);
});
