/**
 * The heavy libraries are loaded by the command that uses them, never at start: playwright-core (~200 ms
 * to load) only for a PDF, docx and jszip only for a Word file, pdf.js only for a PDF import, exceljs only
 * for a workbook. Checked on the built bundles, in a child process that lists every module it loaded
 * (require.cache, which also holds CommonJS packages reached through import()) as it exits.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../../electron/services/export/browser';
import { MENGZHOU_FIXTURE_PATH } from '../../reference';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PROBE = join(dir, 'probe.cjs');
const HEAVY = ['playwright-core', 'docx', 'jszip', 'pdfjs-dist', 'exceljs', 'word-extractor'] as const;

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  // writes the packages this process loaded to the file named by NIANBAO_MODULE_LIST when it exits
  writeFileSync(
    PROBE,
    `process.on('exit', () => require('node:fs').writeFileSync(process.env.NIANBAO_MODULE_LIST,
      JSON.stringify(Object.keys(require.cache))));`,
  );
}, 120_000);

function packagesIn(listFile: string): string[] {
  const paths = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
  const names = paths.map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1]).filter((n) => n !== undefined);
  return [...new Set(names)].sort();
}

let runs = 0;
function cliLoads(args: string[]): string[] {
  const list = join(dir, `modules-${++runs}.json`);
  const r = spawnSync(process.execPath, ['-r', PROBE, 'dist/cli/nianbao.cjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NIANBAO_MODULE_LIST: list },
  });
  expect(r.status, r.stderr).toBeLessThanOrEqual(1);
  return packagesIn(list);
}

describe('heavy modules are loaded only when used', () => {
  it('nianbao check loads none of them', () => {
    const loaded = cliLoads(['check', MENGZHOU_FIXTURE_PATH]);
    for (const name of HEAVY) expect(loaded, name).not.toContain(name);
  });

  it('nianbao export --docx loads docx, not playwright-core, pdf.js nor a second zip library', () => {
    const loaded = cliLoads(['export', MENGZHOU_FIXTURE_PATH, '--docx', join(dir, 'out.docx')]);
    expect(loaded).toContain('docx');
    for (const name of ['playwright-core', 'pdfjs-dist', 'exceljs', 'jszip']) expect(loaded, name).not.toContain(name);
  });

  it.skipIf(!findBrowser())('nianbao export --pdf loads playwright-core (the probe sees it), and exits', () => {
    const loaded = cliLoads(['export', MENGZHOU_FIXTURE_PATH, '--pdf', join(dir, 'out.pdf')]);
    expect(loaded).toContain('playwright-core');
    expect(loaded).not.toContain('docx');
  });

  it('the loopback host starts without playwright-core, zod or SQLite', async () => {
    const list = join(dir, 'host-modules.json');
    const child = spawn(
      process.execPath,
      ['-r', PROBE, 'dist/host/host.cjs', '--data-dir', join(dir, 'host-data'), '--root', process.cwd()],
      { env: { ...process.env, NIANBAO_MODULE_LIST: list }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('NIANBAO_URL=')) resolve();
      });
      child.once('exit', () => reject(new Error(`host exited before it started: ${output}`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    const loaded = packagesIn(list);
    expect(loaded).not.toContain('playwright-core');
    // the host only passes calls on: the database and validating the calls (zod) are the store process's
    expect(loaded).not.toContain('better-sqlite3');
    const meta = JSON.parse(readFileSync('dist/host/host.meta.json', 'utf8')) as { inputs: Record<string, unknown> };
    expect(Object.keys(meta.inputs).filter((path) => path.includes('node_modules/zod/'))).toEqual([]);
    expect(Object.keys(meta.inputs).length).toBeGreaterThan(5);
  });
});
