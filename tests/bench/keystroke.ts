/**
 * Keystroke latency as a clerk feels it: from the key event (its timeStamp, when the browser received it)
 * to the next paint after the derived total changed. Each sample clears the cell (Backspace, not timed)
 * and types one digit (timed): the total changes every time. Digits come at a typing pace, so each one
 * starts from a quiet page, as a clerk's does.
 */
import type { Page } from 'playwright-core';

/** pause after each key, so the next one starts from a quiet page (a quick clerk types ~5 keys a second) */
const KEY_GAP_MS = 60;
const WARMUP_KEYS = 3;

export async function keystrokeLatencies(
  page: Page,
  cellSelector: string,
  totalSelector: string,
  count: number,
): Promise<number[]> {
  await page.evaluate((totalSel: string) => {
    const w = window as unknown as { __keyLatencies: number[]; __keyProbe?: boolean };
    w.__keyLatencies = [];
    // a second run on the same page reuses the probe (two would record every key twice)
    if (w.__keyProbe) return;
    w.__keyProbe = true;
    const total = document.querySelector(totalSel);
    if (!total) throw new Error(`bench: no total ${totalSel}`);
    let pending: number | null = null;
    document.addEventListener(
      'keydown',
      (e) => {
        if (/^[0-9]$/.test(e.key)) pending = e.timeStamp;
      },
      true,
    );
    new MutationObserver(() => {
      if (pending === null) return;
      const start = pending;
      pending = null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__keyLatencies.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    }).observe(total, { childList: true, subtree: true, characterData: true });
  }, totalSelector);
  await page.locator(cellSelector).click();
  for (let i = 0; i < WARMUP_KEYS + count; i++) {
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(KEY_GAP_MS);
    const before = await page.evaluate(() => (window as unknown as { __keyLatencies: number[] }).__keyLatencies.length);
    await page.keyboard.press(String(1 + (i % 9)));
    await page.waitForFunction(
      (n: number) => (window as unknown as { __keyLatencies: number[] }).__keyLatencies.length > n,
      before,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(KEY_GAP_MS);
  }
  const all = await page.evaluate(() => (window as unknown as { __keyLatencies: number[] }).__keyLatencies);
  return all.slice(WARMUP_KEYS);
}

/**
 * Keystroke until the checks show it: the same keys as keystrokeLatencies, timed from the digit's key
 * event to the paint after the first change inside `markSelector` (the editor's T3 balance row, whose
 * text says by how much each column is off: every digit typed into the first cell changes it). The
 * editor runs its rules after the keystroke's frame, when the page is idle; this row shows when that
 * work has reached the screen. A probe of its own (its own globals), on its own run of keys.
 */
export async function findingsLatencies(
  page: Page,
  cellSelector: string,
  markSelector: string,
  count: number,
): Promise<number[]> {
  await page.evaluate((markSel: string) => {
    const w = window as unknown as { __markLatencies: number[]; __markProbe?: boolean };
    w.__markLatencies = [];
    if (w.__markProbe) return;
    w.__markProbe = true;
    const mark = document.querySelector(markSel);
    if (!mark) throw new Error(`bench: no mark ${markSel}`);
    let pending: number | null = null;
    document.addEventListener(
      'keydown',
      (e) => {
        if (/^[0-9]$/.test(e.key)) pending = e.timeStamp;
      },
      true,
    );
    new MutationObserver(() => {
      if (pending === null) return;
      const start = pending;
      pending = null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__markLatencies.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    }).observe(mark, { childList: true, subtree: true, characterData: true, attributes: true });
  }, markSelector);
  await page.locator(cellSelector).click();
  const recorded = () =>
    page.evaluate(() => (window as unknown as { __markLatencies: number[] }).__markLatencies.length);
  for (let i = 0; i < WARMUP_KEYS + count; i++) {
    await page.keyboard.press('Backspace');
    // the Backspace's own change of the mark must not be taken for the digit's
    await page.waitForTimeout(KEY_GAP_MS);
    const before = await recorded();
    await page.keyboard.press(String(1 + (i % 9)));
    await page.waitForFunction(
      (n: number) => (window as unknown as { __markLatencies: number[] }).__markLatencies.length > n,
      before,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(KEY_GAP_MS);
  }
  const all = await page.evaluate(() => (window as unknown as { __markLatencies: number[] }).__markLatencies);
  return all.slice(WARMUP_KEYS);
}
