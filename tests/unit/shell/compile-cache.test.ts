/**
 * The CLI's V8 code cache (electron/cli/compile-cache.ts), on the built `nianbao` (dist/cli/nianbao.cjs):
 * the first run writes one entry per large file, the next run uses them unchanged (V8 accepted them) and
 * writes the same document, a damaged entry is rejected by V8 and rewritten, and a cache folder that other
 * users may write to is not used at all.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../../electron/cli/compile-cache';
import { MENGZHOU_FIXTURE_PATH } from '../../reference';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-compile-cache-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
}, 120_000);

function exportDocx(cacheBase: string, out: string) {
  const r = spawnSync(process.execPath, ['dist/cli/nianbao.cjs', 'export', MENGZHOU_FIXTURE_PATH, '--docx', out], {
    encoding: 'utf8',
    env: { ...process.env, NIANBAO_COMPILE_CACHE: cacheBase, NIANBAO_NO_COMPILE_CACHE: '' },
  });
  expect(r.status, r.stderr).toBe(0);
}

const entriesIn = (cacheDir: string) =>
  readdirSync(cacheDir)
    .filter((f) => f.endsWith('.v8'))
    .sort();

async function documentXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
}

describe('the CLI code cache', () => {
  it('is written by the first export, used unchanged by the next, and the document is the same', async () => {
    const base = join(dir, 'fresh');
    mkdirSync(base);
    exportDocx(base, join(dir, 'first.docx'));
    const cacheDir = compileCacheDir(base)!;
    const entries = entriesIn(cacheDir);
    // the bundle and the docx library
    expect(entries).toHaveLength(2);
    const written = entries.map((f) => statSync(join(cacheDir, f)).mtimeMs);
    for (const f of entries) expect(statSync(join(cacheDir, f)).size).toBeGreaterThan(100_000);

    exportDocx(base, join(dir, 'second.docx'));
    expect(entriesIn(cacheDir)).toEqual(entries);
    expect(entries.map((f) => statSync(join(cacheDir, f)).mtimeMs)).toEqual(written);
    expect(await documentXml(join(dir, 'second.docx'))).toBe(await documentXml(join(dir, 'first.docx')));
  }, 60_000);

  it('a damaged entry is rejected by V8 and written anew; the command still works', async () => {
    const base = join(dir, 'damaged');
    mkdirSync(base);
    exportDocx(base, join(dir, 'a.docx'));
    const cacheDir = compileCacheDir(base)!;
    const entries = entriesIn(cacheDir);
    for (const f of entries) writeFileSync(join(cacheDir, f), Buffer.alloc(4096, 7));
    exportDocx(base, join(dir, 'b.docx'));
    for (const f of entries)
      expect(
        readFileSync(join(cacheDir, f))
          .subarray(0, 64)
          .every((b) => b === 7),
      ).toBe(false);
    expect(await documentXml(join(dir, 'b.docx'))).toBe(await documentXml(join(dir, 'a.docx')));
  }, 60_000);

  it.skipIf(process.platform === 'win32')(
    'a cache folder others may write to is not used',
    () => {
      const base = join(dir, 'open');
      mkdirSync(base);
      const cacheDir = compileCacheDir(base)!;
      expect(statSync(cacheDir).mode & 0o077).toBe(0);
      chmodSync(cacheDir, 0o777);
      expect(compileCacheDir(base)).toBeNull();
      exportDocx(base, join(dir, 'open.docx'));
      expect(entriesIn(cacheDir)).toEqual([]);
    },
    60_000,
  );

  it('the bundle it caches makes no import() call (Node 20 cannot run one from a code cache)', () => {
    const meta = JSON.parse(readFileSync('dist/cli/nianbao-main.meta.json', 'utf8')) as {
      outputs: Record<string, { imports: Array<{ path: string; kind: string }> }>;
    };
    const dynamic = Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import'));
    // what esbuild turned into require(): the libraries the commands load on first use are still there
    const required = Object.values(meta.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(required).toEqual(expect.arrayContaining(['docx', 'pdfjs-dist/legacy/build/pdf.mjs', 'exceljs']));
    expect(dynamic.filter((i) => !i.path.startsWith('.'))).toEqual([]);
    expect(readFileSync('dist/cli/nianbao-main.cjs', 'utf8')).not.toMatch(/[^\w$.]import\(\s*["'`]/);
  });
});
