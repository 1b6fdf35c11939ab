/**
 * 多单位核对 (issue 12): 20 reports uploaded (the app's own exports and the reference text under other
 * organs and years; one broken, one with an error, four organs with last year's report too), the overview
 * sorted, filtered and searched, one unit opened read-only, the overview exported as .xlsx, and the 汇总
 * stored as a draft whose 表三 equals the sum of the included units (read from the SQLite file).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildDocument } from '../../../shared/document';
import { T3_CELLS } from '../../../shared/format';
import { getCell, setCell, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { exportBytes } from '../../../electron/services/export/handlers';
import { ORGAN_NAMES, tableValuesArb, unitReport } from '../../unit/units/report-arb';
import { readOverviewXlsx } from '../../unit/units/read-xlsx';
import { FIXTURE_TITLE } from '../../unit/units/unit-folder';
import { MENGZHOU_TEXT } from '../../unit/rules/fixture';
import { expect, test } from '../fixtures';
import { storedReport } from '../pages/sqlite';

const SHOTS = 'tests/artifacts/screenshots';
const SUM_ORGAN = '焦作市人民政府';

async function exported(kind: 'docx' | 'html' | 'json', report: Report): Promise<Uint8Array> {
  const model = buildDocument(report, { findings: runRules(report), final: true });
  return exportBytes(kind, report, model, { printPdf: async () => new Uint8Array() });
}

/** 20 files; returns their paths and the 2025 reports that a 汇总 without errors includes. */
async function writeUnits(dir: string): Promise<{ paths: string[]; included: Report[] }> {
  const values = fc.sample(tableValuesArb, { seed: 1212, numRuns: 20 });
  const paths: string[] = [];
  const included: Report[] = [];
  const kinds = ['docx', 'html', 'json'] as const;
  const put = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(dir, name), bytes);
    paths.push(join(dir, name));
  };
  // 14 organs’ 2025 reports: three as published text (the reference with another title), ten exported
  for (let i = 0; i < 14; i++) {
    const organ = ORGAN_NAMES[i * 7]!;
    if (i < 3) {
      const text = MENGZHOU_TEXT.replace(FIXTURE_TITLE, `${organ} 2025 年政府信息公开工作年度报告`);
      put(`${organ}2025.txt`, text);
      included.push(unitReport(organ, 2025, new Map())); // placeholder, replaced below by the parsed text
      continue;
    }
    const kind = kinds[i % 3]!;
    const report = unitReport(organ, 2025, values[i]!);
    put(`${organ}2025.${kind === 'json' ? 'nianbao.json' : kind}`, await exported(kind, report));
    included.push(report);
  }
  // last year's report of four of them (paired), refused from a 2025 汇总
  for (let i = 3; i < 7; i++)
    put(
      `${ORGAN_NAMES[i * 7]}2024.nianbao.json`,
      await exported('json', unitReport(ORGAN_NAMES[i * 7]!, 2024, values[i + 10]!)),
    );
  // one with an error (a number changed by one after the totals), one broken
  const wrong = setCell(unitReport(ORGAN_NAMES[150]!, 2025, values[19]!), 'T3.newReceived.natural', '9999');
  put(`${ORGAN_NAMES[150]}2025.docx`, await exported('docx', wrong));
  put('扫描件.docx', 'PK\u0003\u0004 这不是有效的 Word 文档');
  return { paths, included };
}

test('多单位核对: 20 uploaded reports, overview, read-only unit, .xlsx, and the 汇总 draft in SQLite', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-units-e2e-'));
  try {
    const { paths, included } = await writeUnits(dir);
    expect(paths).toHaveLength(20);

    await page.getByRole('button', { name: '多单位核对' }).click();
    await expect(page.getByRole('heading', { name: '多单位核对', level: 1 })).toBeVisible();
    await page.getByTestId('units-files').setInputFiles(paths);
    await expect(page.getByTestId('units-totals')).toHaveText(
      '共 20 个文件：无错误 18 个，有错误 1 个，无法读取 1 个；与上年度报告配对核对 4 个。',
      { timeout: 60_000 },
    );
    const rows = page.locator('tr.unit-row');
    await expect(rows).toHaveCount(20);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/units-overview.png` });

    // sort by errors, largest first: the report with the error comes first
    await page.getByRole('button', { name: '错误', exact: true }).click();
    await page.getByRole('button', { name: '错误 ▲' }).click();
    await expect(rows.first()).toHaveAttribute('data-status', 'errors');
    await expect(rows.first()).toContainText('T3-BALANCE');
    // only the files with problems
    await page.getByLabel('只看有错误或无法读取的文件').check();
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: '扫描件.docx' })).toContainText('无法读取');
    await page.getByLabel('只看有错误或无法读取的文件').uncheck();
    // search by organ
    await page.getByLabel('按机关名称搜索').fill(ORGAN_NAMES[21]!);
    await expect(rows).toHaveCount(2); // its 2025 report and last year's
    await expect(rows.filter({ hasText: '2025' }).first()).toContainText(`${ORGAN_NAMES[21]}2024.nianbao.json`);

    // one unit read-only, with its findings and the document as it prints
    await rows
      .filter({ hasText: `${ORGAN_NAMES[21]}2025` })
      .getByRole('button', { name: /^查看/ })
      .click();
    const unit = page.locator('section.unit-view');
    await expect(unit.getByRole('heading', { name: new RegExp(`${ORGAN_NAMES[21]} 2025年`) })).toBeVisible();
    await expect(unit).toContainText(`已与上年度报告“${ORGAN_NAMES[21]}2024.nianbao.json”配对核对`);
    await expect(unit.locator('.unit-findings')).toContainText('X-CARRY');
    await expect(unit.locator('iframe.preview-frame')).toBeVisible();
    await expect(unit.locator('input, textarea')).toHaveCount(0);
    await unit.getByRole('button', { name: '返回总览' }).click();
    await page.getByLabel('按机关名称搜索').fill('');

    // the overview as .xlsx (the browser host saves into the data folder's exports/)
    await page.getByRole('button', { name: '导出为 Excel' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已导出核对总览' })).toBeVisible();
    const xlsxName = readdirSync(join(host.dataDir, 'exports')).find((f) => f.endsWith('.xlsx'))!;
    const sheet = await readOverviewXlsx(readFileSync(join(host.dataDir, 'exports', xlsxName)));
    expect(sheet.rows).toHaveLength(20);
    expect(sheet.rows.filter((r) => r[4] === '有错误')).toHaveLength(1);

    // the 汇总 as a new draft
    await page.getByLabel('汇总报告的机关名称').fill(SUM_ORGAN);
    await page.getByLabel('机关类型').selectOption('人民政府');
    await page.getByLabel('年度').fill('2025');
    await page.getByRole('button', { name: '生成汇总草稿' }).click();
    const result = page.getByTestId('aggregate-result');
    await expect(result).toContainText('已生成汇总草稿：计入 14 个单位，未计入 6 个。');
    await expect(result).toContainText('是 2024 年的报告，不是 2025 年的');
    await expect(result).toContainText('有 2 项错误（T3-BALANCE、T3-ROW-SUM）');

    const stored = storedReport(host.dbPath, SUM_ORGAN, 2025);
    expect(stored.status).toBe('draft');
    // 表三 of the draft in the SQLite file equals the sum of the 14 included units' 表三
    const textReport = (await import('../../../shared/import/text')).parseReportText(
      MENGZHOU_TEXT.replace(FIXTURE_TITLE, `${ORGAN_NAMES[0]} 2025 年政府信息公开工作年度报告`),
    ).report;
    const units = included.map((r, i) => (i < 3 ? textReport : r));
    for (const def of T3_CELLS) {
      const expected = units.reduce((sum, r) => sum + Number(getCell(r, def.id) ?? 0), 0);
      expect(getCell(stored.report, def.id), def.id).toBe(String(expected));
    }
    // the units summed are named in the draft's first revision
    expect(stored.report.intro).toContain('共14个单位');
    expect(stored.report.intro).toContain(ORGAN_NAMES[21]!);

    await result.getByRole('button', { name: '打开汇总草稿' }).click();
    await expect(page.locator('.report-view')).toBeVisible();
    await expect(page.locator('.report-view')).toContainText(SUM_ORGAN);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
