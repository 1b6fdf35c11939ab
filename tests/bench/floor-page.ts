/**
 * The browser's own floor for "key → painted" in this Chromium: a bare page with one <input> and one
 * text node set from it on every input event (no framework, no table, no style sheet). The keystroke
 * probe times it exactly as it times the editor, so what it measures is Chromium's fixed cost of a key
 * event, the text insertion, one frame and the probe itself, on this machine at this moment.
 */
import type { Page } from 'playwright-core';

export function floorPageHtml(cell: string, total: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>floor</title></head><body>
<input data-cell="${cell}" inputmode="decimal" autocomplete="off"> <output data-cell="${total}">0</output>
<script>
const input = document.querySelector('input');
const total = document.querySelector('output');
input.addEventListener('input', () => { total.textContent = String(Number(input.value) + 1); });
</script></body></html>`;
}

export async function openFloorPage(page: Page, cell: string, total: string): Promise<void> {
  await page.setContent(floorPageHtml(cell, total));
}
