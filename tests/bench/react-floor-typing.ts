/**
 * Serves the keystroke row's React floor (react-floor-typing/TypingFloor.tsx, bundled with esbuild as
 * production React): the editor page's DOM as the running app drew it (taken from the bench's own editor
 * page, so the same elements, classes, cell count and per-cell forms), the app's style sheet, drawn by
 * React with one controlled cell that updates its row's total and nothing else. The editor bench types
 * into it with the same probe in the same run: the distance between the two is what the app adds per
 * keystroke to what React and Chromium cost on a page of this size.
 */
import type { Page } from 'playwright-core';
import { serveBenchPage, type BenchPageServer } from './react-page-server';

/** The editor page's body as HTML (no scripts; every input's current value written as its value attribute). */
export async function editorBodyHtml(page: Page, cell: string, total: string) {
  return page.evaluate(
    ({ cell, total }: { cell: string; total: string }) => {
      const body = document.body.cloneNode(true) as HTMLElement;
      const live = document.body.querySelectorAll('input');
      body.querySelectorAll('input').forEach((input, i) => {
        const value = live[i]!.value;
        if (value) input.setAttribute('value', value);
        else input.removeAttribute('value');
      });
      body.querySelectorAll('script').forEach((s) => s.remove());
      const typed = Number(document.querySelector<HTMLInputElement>(`input[data-cell="${cell}"]`)?.value || 0);
      const shown = Number(document.querySelector(`[data-cell="${total}"]`)?.textContent || 0);
      return { html: body.innerHTML, rest: shown - typed };
    },
    { cell, total },
  );
}

export async function serveTypingFloor(
  editor: Page,
  cell: string,
  total: string,
  projectRoot: string,
): Promise<BenchPageServer> {
  const { html, rest } = await editorBodyHtml(editor, cell, total);
  return serveBenchPage({
    projectRoot,
    entry: ['tests', 'bench', 'react-floor-typing', 'TypingFloor.tsx'],
    format: 'esm',
    title: 'React typing floor',
    valuesGlobal: '__typingFloor',
    values: { html, cell, total, rest },
  });
}
