import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_PATH } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';

test('a report imported with a printed total that is not the sum of its parts says so when opened', async ({
  page,
}, testInfo) => {
  // the published 孟州市 report with one misprinted total: 一、本年新收 总计 129 → 130
  const lines = readFileSync(MENGZHOU_PATH, 'utf8').split('\n');
  const row = lines.findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量'));
  lines[row] = lines[row]!.replace(/\t129(\r?)$/, '\t130$1');
  expect(lines[row]).toMatch(/\t130\r?$/);
  const misprinted = testInfo.outputPath('misprinted.txt');
  writeFileSync(misprinted, lines.join('\n'));

  const home = new HomePage(page);
  const report = new ReportPage(page);
  const result = await home.importFile(misprinted);
  await result.getByRole('button', { name: '作为草稿打开编辑' }).click();

  const notice = page.getByTestId('printed-totals');
  await expect(notice).toContainText('本报告原有 1 个合计与各项之和不一致');
  await notice.locator('summary').click();
  await expect(notice).toContainText('“一、本年新收政府信息公开申请数量”行“总计”列：报告中为130，各项之和为129');
  await report.show('requests');
  await expect(report.cell('T3.newReceived.total')).toHaveText('129');
});
