import { readFileSync, writeFileSync } from 'node:fs';
import { buildDocument } from '../../../shared/document';
import { parseReportText } from '../../../shared/import/text';
import { allCells } from '../../../shared/report';
import { renderPrintHtml } from '../../../electron/services/export/html-file';
import { printPdf } from '../../../electron/services/export/pdf';
import { SCANNED_PDF_MESSAGE } from '../../../electron/services/import/pdf';
import { scannedPdf } from '../../unit/import-pdf/made-files';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';
import { storedReport } from '../pages/sqlite';

test('last year’s report as a PDF: imported as the 2025 定稿 with every figure, and 2026 started from it', async ({
  page,
  host,
}, testInfo) => {
  // the published 孟州市 report as a PDF, printed by the program's own export
  const published = parseReportText(readFileSync(MENGZHOU_PATH, 'utf8')).report;
  const pdfPath = testInfo.outputPath('孟州市2025年政府信息公开工作年度报告.pdf');
  writeFileSync(pdfPath, await printPdf(renderPrintHtml(buildDocument(published, { findings: [], final: true }))));

  const home = new HomePage(page);
  const chooser = page.locator('section.import input[type="file"]');
  const accepted = (await chooser.getAttribute('accept'))!.split(',');
  expect(accepted).toEqual(expect.arrayContaining(['.pdf', '.doc', '.docx']));

  const result = await home.importFile(pdfPath);
  await expect(result).toContainText(`从PDF 文件“孟州市2025年政府信息公开工作年度报告.pdf”读到`);
  await expect(result).toContainText('本报告从 PDF 文件读取');
  await expect(result.locator('.finding.error')).toHaveCount(0);
  await page.screenshot({ path: 'tests/artifacts/screenshots/import-pdf.png' });
  await result.getByRole('button', { name: '保存为往年已发布报告（定稿）' }).click();
  await expect(home.row(MENGZHOU_ORGAN, MENGZHOU_YEAR)).toContainText('定稿');

  // what reached the database: all 200 figures as published
  const stored = storedReport(host.dbPath, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  expect(stored.status).toBe('final');
  const storedCells = new Map(allCells(stored.report).map((c) => [c.id, c.value]));
  const differing = allCells(published).filter((c) => storedCells.get(c.id) !== c.value);
  expect(differing).toEqual([]);

  // this year's draft starts from it: 2025 carried 5 applications forward (自然人)
  const report = new ReportPage(page);
  await home.newFromPrior(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await expect(page.locator('.report-title')).toContainText(`${MENGZHOU_ORGAN}2026`);
  await report.show('requests');
  await expect(report.cell('T3.carriedOver.natural')).toHaveValue('5');
  await expect(report.cell('T3.carriedOver.total')).toHaveText('5');
});

test('a scanned PDF is refused in the import panel with what to do instead', async ({ page }, testInfo) => {
  const published = parseReportText(readFileSync(MENGZHOU_PATH, 'utf8')).report;
  const text = await printPdf(renderPrintHtml(buildDocument(published, { findings: [], final: true })));
  const scanPath = testInfo.outputPath('扫描件.pdf');
  writeFileSync(scanPath, scannedPdf(text, testInfo.outputPath('.'), 1));

  await page.locator('section.import input[type="file"]').setInputFiles(scanPath);
  const alert = page.locator('section.import [role="alert"]');
  await expect(alert).toContainText(`无法读取“扫描件.pdf”：${SCANNED_PDF_MESSAGE}`);
  await expect(page.getByTestId('import-result')).toHaveCount(0);
  await page.screenshot({ path: 'tests/artifacts/screenshots/import-pdf-scanned.png' });
});
