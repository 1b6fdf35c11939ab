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

/** Where a probe keeps its samples in the page, and what of the watched element counts as its change. */
interface Probe {
  /** the page global holding the samples (its own per probe, so two probes never share samples) */
  samples: '__keyLatencies' | '__markLatencies';
  /** a class or attribute change counts too (a finding mark), not only the text */
  attributes: boolean;
}

/**
 * Types the timed digits into `cellSelector`, each after a Backspace, and returns, per digit after the
 * warm-up, the time from its key event to the paint after the first change inside `watchSelector`.
 */
async function paintLatencies(page: Page, cellSelector: string, watchSelector: string, count: number, probe: Probe) {
  await page.evaluate(
    ({ watchSel, samples, attributes }: { watchSel: string } & Probe) => {
      const w = window as unknown as Record<string, unknown>;
      const list: number[] = [];
      w[samples] = list;
      // a second run on the same page reuses the probe (two would record every key twice)
      const installed = `${samples}Probe`;
      if (w[installed]) return;
      w[installed] = true;
      const watched = document.querySelector(watchSel);
      if (!watched) throw new Error(`bench: nothing at ${watchSel}`);
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
          channel.port1.onmessage = () => (w[samples] as number[]).push(performance.now() - start);
          channel.port2.postMessage(0);
        });
      }).observe(watched, { childList: true, subtree: true, characterData: true, attributes });
    },
    { watchSel: watchSelector, ...probe },
  );
  const recorded = () =>
    page.evaluate(
      (samples: string) => ((window as unknown as Record<string, number[]>)[samples] ?? []).length,
      probe.samples,
    );
  await page.locator(cellSelector).click();
  for (let i = 0; i < WARMUP_KEYS + count; i++) {
    await page.keyboard.press('Backspace');
    // the Backspace's own change must not be taken for the digit's
    await page.waitForTimeout(KEY_GAP_MS);
    const before = await recorded();
    await page.keyboard.press(String(1 + (i % 9)));
    await page.waitForFunction(
      ({ samples, n }: { samples: string; n: number }) =>
        ((window as unknown as Record<string, number[]>)[samples] ?? []).length > n,
      { samples: probe.samples, n: before },
      { timeout: 10_000 },
    );
    await page.waitForTimeout(KEY_GAP_MS);
  }
  const all = await page.evaluate(
    (samples: string) => (window as unknown as Record<string, number[]>)[samples]!,
    probe.samples,
  );
  return all.slice(WARMUP_KEYS);
}

/** Keystroke → the paint after the derived total's text changed. */
export function keystrokeLatencies(
  page: Page,
  cellSelector: string,
  totalSelector: string,
  count: number,
): Promise<number[]> {
  return paintLatencies(page, cellSelector, totalSelector, count, { samples: '__keyLatencies', attributes: false });
}

/**
 * Keystroke until the checks show it: the same keys, timed from the digit's key event to the paint
 * after the first change inside `markSelector` (the editor's T3 balance row, whose text says by how much
 * each column is off: every digit typed into the first cell changes it). The editor runs its rules after
 * the keystroke's frame, when the page is idle; this row shows when that work has reached the screen.
 * Its own samples, on its own run of keys.
 */
export function findingsLatencies(
  page: Page,
  cellSelector: string,
  markSelector: string,
  count: number,
): Promise<number[]> {
  return paintLatencies(page, cellSelector, markSelector, count, { samples: '__markLatencies', attributes: true });
}
