/**
 * The built store process (dist/services/store-process.cjs → the ES-module bundle in dist/services/store/)
 * compiles only what its first answers need: pdf.js, exceljs, docx, jszip and word-extractor are chunks
 * of their own, read on first use. Checked two ways: statically from esbuild's metafile (the chunks the
 * entry imports, transitively, hold none of them), and at run time in a real store process whose every
 * loaded ES module is written down by a module-loader hook (node:module register), before and after a
 * .docx export (which must then load the docx chunk: the probe sees lazy chunks).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeService } from '../../../electron/services/process/node-process';
import { mengzhou } from '../rules/fixture';

const STORE_DIR = resolve('dist/services/store');
const META = join(STORE_DIR, 'store-process.meta.json');
const ENTRY = 'dist/services/store/store-process.mjs';
const HEAVY = ['pdfjs-dist', 'exceljs', 'docx', 'jszip', 'word-extractor'] as const;

const dir = mkdtempSync(join(tmpdir(), 'nianbao-store-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LIST = join(dir, 'loaded.txt');
const REGISTER = join(dir, 'register.mjs');

interface Metafile {
  outputs: Record<
    string,
    { bytes: number; inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string }> }
  >;
}

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  // every ES module the process loads is appended to LIST (the hook runs on the loader's own thread)
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(LIST)}, url + '\\n');
  return next(url, context);
}`,
  );
  writeFileSync(
    REGISTER,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});`,
  );
}, 120_000);

function metafile(): Metafile {
  return JSON.parse(readFileSync(META, 'utf8')) as Metafile;
}

/** the output files (paths relative to the project, as esbuild names them) that hold a heavy package */
function chunksHolding(meta: Metafile, name: string): string[] {
  return Object.entries(meta.outputs)
    .filter(([, output]) => Object.keys(output.inputs).some((input) => input.includes(`node_modules/${name}/`)))
    .map(([path]) => path);
}

/** the chunks an output imports statically, itself included: what is compiled before it runs */
function staticClosure(meta: Metafile, from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !meta.outputs[path]) return;
    seen.add(path);
    for (const imported of meta.outputs[path].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(from);
  return seen;
}

function loadedChunks(): string[] {
  const urls = readFileSync(LIST, 'utf8').split('\n').filter(Boolean);
  const prefix = pathToFileURL(resolve('.')).href + '/';
  return [...new Set(urls.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length)))];
}

describe('the store process compiles the heavy libraries only on first use', () => {
  it('its entry and the chunks the entry imports hold none of them, and each is a chunk of its own', () => {
    const meta = metafile();
    const atStart = staticClosure(meta, ENTRY);
    expect(atStart.has(ENTRY)).toBe(true);
    for (const name of HEAVY) {
      const chunks = chunksHolding(meta, name);
      expect(chunks.length, name).toBeGreaterThan(0);
      for (const chunk of chunks) expect(atStart.has(chunk), `${name} in ${chunk}`).toBe(false);
    }
    const startBytes = [...atStart].reduce((sum, path) => sum + meta.outputs[path]!.bytes, 0);
    const allBytes = Object.values(meta.outputs).reduce((sum, output) => sum + output.bytes, 0);
    // what is compiled before the first answer is a fraction of the whole (was all of it: 8.3 MB)
    expect(startBytes).toBeLessThan(allBytes / 3);
  });

  it('a started store process answers without loading them; a .docx export then loads docx only', async () => {
    const meta = metafile();
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    const client = await startNodeService(
      { dataDir: join(dir, 'data'), version: '9.9.9', canPrint: false },
      {
        choosePath: async (_kind, name) => join(out, name),
        printPdf: async () => new Uint8Array(),
      },
      { entry: 'dist/services/store-process.cjs', execArgv: ['--import', pathToFileURL(REGISTER).href] },
      { maxRestarts: 0, windowMs: 60_000 },
    );
    try {
      expect((await client.invoke('organs.list', {})).ok).toBe(true);
      expect((await client.invoke('reports.list', {})).ok).toBe(true);
      const imported = await client.invoke('reports.import', { report: mengzhou(), status: 'draft', replace: false });
      expect(imported.ok).toBe(true);
      const started = loadedChunks();
      // the probe saw the bundle itself
      expect(started).toContain(ENTRY);
      for (const name of HEAVY)
        for (const chunk of chunksHolding(meta, name)) expect(started, name).not.toContain(chunk);

      const reportId = (imported as { ok: true; value: { id: number } }).value.id;
      const exported = await client.invoke('export.file', { reportId, kind: 'docx', final: false });
      expect(exported.ok, JSON.stringify(exported)).toBe(true);
      const afterExport = loadedChunks();
      expect(chunksHolding(meta, 'docx').some((chunk) => afterExport.includes(chunk))).toBe(true);
      for (const name of ['pdfjs-dist', 'exceljs', 'word-extractor'])
        for (const chunk of chunksHolding(meta, name)) expect(afterExport, name).not.toContain(chunk);
    } finally {
      await client.close();
    }
  }, 60_000);
});
