import { expect, type Page } from '@playwright/test';

/** The home screen as a clerk uses it: create a report, open one, start next year's, import a file. */
export class HomePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.getByRole('button', { name: '← 返回首页' }).click();
    await expect(this.page.getByRole('heading', { name: '我的报告' })).toBeVisible();
  }

  async createReport(input: {
    organ: string;
    kind?: '人民政府' | '政府部门' | '其他';
    year: number;
    region?: string;
    rulesPower?: boolean;
  }): Promise<void> {
    const form = this.page.locator('form.new-report');
    await form.getByLabel('机关名称').fill(input.organ);
    if (input.kind) await form.getByLabel('机关类型').selectOption(input.kind);
    await form.getByLabel('年度').fill(String(input.year));
    if (input.region) await form.getByLabel('所在地区（可选）').fill(input.region);
    if (input.rulesPower) await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: '创建并开始填写' }).click();
    await expect(this.page.locator('.report-view')).toBeVisible();
  }

  row(organ: string, year: number) {
    return this.page.getByRole('region', { name: organ }).locator(`tr[data-report-year="${year}"]`);
  }

  async open(organ: string, year: number): Promise<void> {
    await this.row(organ, year).getByRole('button', { name: '打开' }).click();
    await expect(this.page.locator('.report-view')).toBeVisible();
  }

  /** 查看: the report opened read-only. */
  async view(organ: string, year: number): Promise<void> {
    await this.row(organ, year)
      .getByRole('button', { name: `查看${year}年报告（只读）` })
      .click();
    await expect(this.page.getByTestId('read-only-banner')).toBeVisible();
  }

  async newFromPrior(organ: string, priorYear: number): Promise<void> {
    await this.row(organ, priorYear)
      .getByRole('button', { name: `以此为基础新建${priorYear + 1}年报告` })
      .click();
    await expect(this.page.locator('.report-view')).toBeVisible();
  }

  /** Reads the file through the import panel and returns the panel with what the import found. */
  async importFile(path: string) {
    await this.page.locator('section.import input[type="file"]').setInputFiles(path);
    const result = this.page.getByTestId('import-result');
    await expect(result).toBeVisible();
    return result;
  }

  /** Imports a published report and stores it as a past year's 定稿, as a clerk does with last year's report. */
  async importAsPublished(path: string, organ: string, year: number): Promise<void> {
    const result = await this.importFile(path);
    await expect(result).toContainText(organ);
    await result.getByRole('button', { name: '保存为往年已发布报告（定稿）' }).click();
    await expect(this.row(organ, year)).toContainText('定稿');
  }
}
