/**
 * What the renderer's first screen (the home page) loads before anything else: the scripts
 * dist/renderer/index.html names, read through their source maps (tests/bench/script-share.ts). React is
 * a fixed choice; of ours, only what the home page draws: not the format's tables (built as a module is
 * evaluated, they held the home page's first render back), not the editor, not the report schema; React
 * once, in its production build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesBySource } from '../../bench/script-share';

const RENDERER = join(process.cwd(), 'dist', 'renderer');

/** read once, right after the build: other test files may ask for a build of their own later */
let sources: string[] = [];

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  sources = firstScreenSources();
}, 120_000);

function firstScreenSources(): string[] {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => join(RENDERER, m[1]!));
  expect(scripts.length).toBeGreaterThan(0);
  return scripts.flatMap((file) => [...bytesBySource(file).keys()]).map((s) => s.replace(/^(\.\.\/)+/, ''));
}

describe('the first-screen scripts', () => {
  it('hold the home page and React, not the format tables, the editor or the report schema', () => {
    expect(sources).toContain('renderer/home/HomePage.tsx');
    expect(sources).toContain('shared/format/sections.ts');
    for (const later of [
      'shared/format/tables.ts',
      'shared/format/layout.ts',
      'shared/format/editions/index.ts',
      'shared/report/progress.ts',
      'shared/report/schema.ts',
      'renderer/report/ReportPage.tsx',
    ])
      expect(sources, later).not.toContain(later);
  });

  it('hold React once, in its production build', () => {
    const react = sources.filter((s) => /node_modules\/(react|react-dom|scheduler)\//.test(s));
    expect(
      react.some((s) => s.endsWith('react-dom/cjs/react-dom-client.production.js')),
      react.join(', '),
    ).toBe(true);
    expect(react.filter((s) => s.includes('development'))).toEqual([]);
    // one copy of each: every source once, and no second react-dom anywhere else in node_modules
    expect(new Set(react).size).toBe(react.length);
    expect(react.every((s) => s.startsWith('node_modules/react') || s.startsWith('node_modules/scheduler'))).toBe(true);
  });
});
