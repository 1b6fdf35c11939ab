/**
 * A keystroke in the grid is answered in two steps (renderer/report/live-store.ts): the typed cell's
 * totals before the frame that shows the digit, the rules after it, below input and rendering. These
 * tests hold the order and that the checks still follow every change; the crash copy, now taken from
 * the live store's report, still holds everything the save holds.
 */
import type { Page } from '@playwright/test';
import type { Report } from '../../../shared/report';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';
import { MENGZHOU_ORGAN, MENGZHOU_PATH, MENGZHOU_YEAR } from '../pages/mengzhou';
import { ReportPage } from '../pages/report-page';
import { holdWriteLock, storedReport } from '../pages/sqlite';

const ORGAN = '测试县审计局';

interface OrderProbe {
  /** frames begun (animation callbacks) when the total changed, when the balance row changed */
  totalAt: number | null;
  balanceAt: number | null;
  /** had the balance row changed when a message posted in the total's next frame arrived? */
  balanceBeforeMessage: boolean | null;
}

/** Watches one keystroke: the total's change, the balance row's change, and a message posted after the total's frame. */
async function watchOrder(page: Page, totalId: string): Promise<void> {
  await page.evaluate((total: string) => {
    const w = window as unknown as { __order: OrderProbe; __frames: number };
    w.__order = { totalAt: null, balanceAt: null, balanceBeforeMessage: null };
    w.__frames ??= 0;
    const tick = () => {
      w.__frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new MutationObserver(() => {
      if (w.__order.totalAt !== null) return;
      w.__order.totalAt = w.__frames;
      // an ordinary task queued right after the frame that paints the total: the next keystroke's
      // events and the page's own work come as such tasks, and must not wait behind the rules
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (w.__order.balanceBeforeMessage = w.__order.balanceAt !== null);
        channel.port2.postMessage(0);
      });
    }).observe(document.querySelector(`[data-cell="${total}"]`)!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    new MutationObserver(() => {
      if (w.__order.balanceAt === null) w.__order.balanceAt = w.__frames;
    }).observe(document.querySelector('tr.balance-row')!, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }, totalId);
}

const order = (page: Page) => page.evaluate(() => (window as unknown as { __order: OrderProbe }).__order);

async function openMengzhou(page: Page): Promise<ReportPage> {
  const home = new HomePage(page);
  await home.importAsPublished(MENGZHOU_PATH, MENGZHOU_ORGAN, MENGZHOU_YEAR);
  await home.open(MENGZHOU_ORGAN, MENGZHOU_YEAR);
  const report = new ReportPage(page);
  await report.show('requests');
  await expect(page.locator('tr.balance-row')).toBeAttached();
  return report;
}

test('a digit: its total changes before the frame, the rules after it and after the tasks queued behind that frame', async ({
  page,
}) => {
  const report = await openMengzhou(page);
  const balance = page.locator('[data-balance-column="natural"]');
  for (const digit of ['5', '7', '3']) {
    // the click selects the whole cell: the digit replaces the published 129
    await report.cell('T3.newReceived.natural').click();
    await watchOrder(page, 'T3.newReceived.total');
    await page.keyboard.press(digit);
    await expect(balance).toBeAttached();
    await expect.poll(async () => (await order(page)).balanceBeforeMessage).not.toBeNull();
    const seen = await order(page);
    // the balance row changes in a later frame than the total, and only after the message posted
    // from that frame: the rules step runs below the page's ordinary tasks
    expect(seen.totalAt).not.toBeNull();
    expect(seen.balanceAt).not.toBeNull();
    expect(seen.balanceAt!).toBeGreaterThan(seen.totalAt!);
    expect(seen.balanceBeforeMessage).toBe(false);
    await report.cell('T3.newReceived.natural').fill('129');
    await expect(balance).toHaveCount(0);
  }
});

test('the marks follow every change: a value that breaks a rule is marked, the fix clears it, a quick burst ends right', async ({
  page,
}) => {
  const report = await openMengzhou(page);
  const box = report.cellBox('T3.newReceived.natural');
  const balance = page.locator('[data-balance-column="natural"]');
  const list = page.locator('.table-section .section-findings [data-finding="T3-BALANCE"]');
  await expect(box).not.toHaveClass(/has-error/);
  await expect(list).toHaveCount(0);
  // 130 where the published report has 129: the 自然人 column is off by one, at the cell, in the row, in the list
  await report.typeInCell('T3.newReceived.natural', '130');
  await expect(box).toHaveClass(/has-error/);
  await expect(balance).toHaveText('相差 1');
  await expect(list).toHaveCount(2);
  // one more digit, a new amount everywhere
  await page.keyboard.type('0');
  await expect(balance).toHaveText('相差 1171');
  await expect(list.first()).toContainText('相差1171');
  // the fix clears every mark
  await page.keyboard.press('Control+A');
  await page.keyboard.type('129');
  await expect(box).not.toHaveClass(/has-error/);
  await expect(balance).toHaveCount(0);
  await expect(list).toHaveCount(0);
  // a burst faster than the rules run: broken and mended within a few keys ends unmarked
  await report.cell('T3.newReceived.natural').click();
  await page.keyboard.type('999');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('129');
  await expect(report.cell('T3.newReceived.natural')).toHaveValue('129');
  await expect(box).not.toHaveClass(/has-error/);
  await expect(balance).toHaveCount(0);
  await expect(list).toHaveCount(0);
});

test('the crash copy, taken from the live store, holds what the save holds: totals and text alike', async ({
  page,
  host,
}) => {
  await new HomePage(page).createReport({ organ: ORGAN, year: 2025 });
  const report = new ReportPage(page);
  await report.show('requests');
  const reportId = report.id();
  const hold = holdWriteLock(host.dbPath);
  let copy: Report;
  try {
    await report.typeInCell('T3.newReceived.natural', '37');
    await report.typeInCell('T3.newReceived.commercial', '5');
    await report.show('problems');
    await report.field('prose.problems.problems').fill('主动公开的时效性有待提高。');
    const read = () =>
      page.evaluate((key) => {
        const raw = localStorage.getItem(key);
        return raw ? (JSON.parse(raw) as { report: Report }).report : null;
      }, `nianbao.unsaved.${reportId}`);
    await expect.poll(async () => (await read())?.prose.problems.problems ?? null).toBe('主动公开的时效性有待提高。');
    copy = (await read())!;
    // the totals are in the copy as derived (not the form's stale ones)
    expect(copy.tables.T3.newReceived!.natural).toBe('37');
    expect(copy.tables.T3.newReceived!.commercial).toBe('5');
    expect(copy.tables.T3.newReceived!.total).toBe('42');
  } finally {
    hold();
  }
  // once the database is free the saves go through; what the store saved from the form is, field for
  // field, what the copy held
  await expect
    .poll(() => storedReport(host.dbPath, ORGAN, 2025).report.prose.problems.problems, { timeout: 15_000 })
    .toBe('主动公开的时效性有待提高。');
  expect(storedReport(host.dbPath, ORGAN, 2025).report).toEqual(copy);
});

test('each table input is the only field of its own form, so a browser autofill extracts one field per keystroke, not the table', async ({
  page,
}) => {
  const report = await openMengzhou(page);
  const forms = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[data-cell]')].map((input) => ({
      fields: input.form?.elements.length ?? 0,
      around: input.form?.contains(input) ?? true,
    })),
  );
  expect(forms.length).toBeGreaterThan(100);
  expect(forms.filter((f) => f.fields !== 1 || f.around)).toEqual([]);
  // Enter in a cell still moves down and submits nothing: the page stays where it is
  const address = page.url();
  await report.cell('T3.newReceived.natural').click();
  await page.keyboard.press('Enter');
  await expect(report.cell('T3.carriedOver.natural')).toBeFocused();
  expect(page.url()).toBe(address);
});
