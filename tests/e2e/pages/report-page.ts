import { expect, type Locator, type Page } from '@playwright/test';

export type PaneKey = 'meta' | 'overview' | 'proactive' | 'requests' | 'review' | 'problems' | 'other' | 'checks';

/** One open report: side list, panes, grid cells by cell id, prose fields by form path, the checks page. */
export class ReportPage {
  constructor(readonly page: Page) {}

  /** The open report's id, from the address the editor keeps (#/report/<id>/<pane>). */
  id(): number {
    const id = /#\/report\/(\d+)\//.exec(this.page.url())?.[1];
    if (!id) throw new Error(`not a report address: ${this.page.url()}`);
    return Number(id);
  }

  async show(pane: PaneKey): Promise<void> {
    await this.page.locator(`.side-list [data-pane="${pane}"]`).click();
    await expect(this.page.locator(`.side-list [data-pane="${pane}"]`)).toHaveAttribute('aria-current', 'page');
  }

  sideState(pane: PaneKey): Locator {
    return this.page.getByTestId(`state-${pane}`);
  }

  cell(id: string): Locator {
    return this.page.locator(`[data-cell="${id}"]`);
  }

  /** The table cell (td) holding a cell input, which carries the error and warning marks. */
  cellBox(id: string): Locator {
    return this.page.locator(`td:has(> [data-cell="${id}"])`);
  }

  field(path: string): Locator {
    return this.page.locator(`[data-field="${path}"]`);
  }

  /** Focus a cell and type as a clerk would: the focused cell's content is replaced. */
  async typeInCell(id: string, text: string): Promise<void> {
    await this.cell(id).click();
    await this.page.keyboard.type(text);
  }

  /** Paste a block of text into the focused grid cell, as the browser delivers a paste from Excel or WPS. */
  async pasteInto(id: string, text: string): Promise<void> {
    await this.cell(id).click();
    await this.cell(id).evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Shown only when the report was opened with 查看. */
  readOnlyBanner(): Locator {
    return this.page.getByTestId('read-only-banner');
  }

  async switchToEditing(): Promise<void> {
    await this.readOnlyBanner().getByRole('button', { name: '转为编辑' }).click();
    await expect(this.readOnlyBanner()).toHaveCount(0);
  }

  saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveState()).toHaveText(/^已保存 \d\d:\d\d:\d\d$/);
  }

  findingsInChecks(): Locator {
    return this.page.locator('.checks .findings li.finding');
  }
}
