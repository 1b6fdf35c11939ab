import { expect, type Locator, type Page } from '@playwright/test';

/** The import dialog on the home screen: what it read, what it asks, and the two ways to store it. */
export class ImportPanel {
  readonly result: Locator;
  readonly questions: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.result = page.getByTestId('import-result');
    this.questions = this.result.getByTestId('import-questions');
    this.summary = this.result.getByTestId('import-summary');
  }

  async choose(path: string): Promise<void> {
    await this.page.locator('section.import input[type="file"]').setInputFiles(path);
    await expect(this.result).toBeVisible();
  }

  /** A field the import asks for, by its label (机关名称, 年度, 机关类型 …). */
  field(label: string | RegExp): Locator {
    return this.questions.getByLabel(label);
  }

  async answer(label: string | RegExp, value: string): Promise<void> {
    const field = this.field(label);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }

  saveAsPublishedButton(): Locator {
    return this.result.getByRole('button', { name: '保存为往年已发布报告（定稿）' });
  }

  openAsDraftButton(): Locator {
    return this.result.getByRole('button', { name: '作为草稿打开编辑' });
  }
}
