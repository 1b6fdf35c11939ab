/** The published text fixture and helpers to compare what the converters produce with it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MENGZHOU_FIXTURE_PATH } from '../../reference';

export const FIXTURE_TEXT_PATH = MENGZHOU_FIXTURE_PATH;
export const FIXTURE_HTML_PATH = fileURLToPath(new URL('../../fixtures/import/mengzhou-2025.html', import.meta.url));

export const fixtureText = (): string => readFileSync(FIXTURE_TEXT_PATH, 'utf8');

/** Non-empty lines, which is what the parser cares about (blank lines only separate). */
export function contentLines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

/** Table rows with trailing empty cells dropped: a copied table sometimes loses them. */
export function trimmedRow(line: string): string {
  return line.replace(/\t+$/, '');
}
