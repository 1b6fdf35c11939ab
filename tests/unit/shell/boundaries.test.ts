/**
 * The layer boundaries are enforced by the compiler and the linter, not by convention: a probe file that
 * crosses one must fail. (Each probe is what a careless change would really write.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const repo = process.cwd();
const probes = join(repo, 'tests', 'artifacts');
mkdirSync(probes, { recursive: true });
const dir = mkdtempSync(join(probes, 'boundaries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Typechecks one probe file with the compiler options of one of the project's configs. */
function typecheck(config: string, name: string, source: string): string {
  const sub = mkdtempSync(join(dir, 'tsc-'));
  writeFileSync(join(sub, name), source);
  writeFileSync(
    join(sub, 'tsconfig.json'),
    JSON.stringify({ extends: relative(sub, join(repo, config)), include: [name] }),
  );
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', sub], { encoding: 'utf8' });
  return r.stdout + r.stderr;
}

describe('typecheck configs per runtime', () => {
  it('the renderer config knows no Node: Buffer is an error there', () => {
    expect(typecheck('tsconfig.web.json', 'probe.ts', 'export const b = Buffer.from("x");\n')).toContain('TS2591');
    expect(typecheck('tsconfig.web.json', 'ok.ts', 'export const t = document.title;\n')).toBe('');
  }, 60_000);

  it('the main-side config knows no DOM: document is an error there', () => {
    expect(typecheck('tsconfig.node.json', 'probe.ts', 'export const t = document.title;\n')).toContain('TS2584');
    expect(typecheck('tsconfig.node.json', 'ok.ts', 'export const b = Buffer.from("x");\n')).toBe('');
  }, 60_000);
});

describe('import boundaries in the linter', () => {
  const eslint = new ESLint({ cwd: repo });
  async function messages(filePath: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath: join(repo, filePath) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  it('the preload imports only electron and shared/api', async () => {
    expect(
      await messages(
        'electron/preload/probe.ts',
        "import { contextBridge } from 'electron';\nimport { CHANNELS } from '../../shared/api';\nexport const x = [contextBridge, CHANNELS];\n",
      ),
    ).toEqual([]);
    for (const bad of ["'../main/csp'", "'../services/handlers'", "'../../shared/format'", "'node:fs'"]) {
      expect(
        await messages('electron/preload/probe.ts', `import * as m from ${bad};\nexport const x = m;\n`),
      ).toHaveLength(1);
    }
  });

  it('services and the CLI never import the Electron shell', async () => {
    for (const file of ['electron/services/export/probe.ts', 'electron/cli/probe.ts']) {
      const up = file.startsWith('electron/cli') ? '../main/protocol' : '../../main/protocol';
      expect(await messages(file, `import * as m from '${up}';\nexport const x = m;\n`)).toHaveLength(1);
    }
  });

  it('the pure core does not depend on the transport contract', async () => {
    const probe = (from: string) => `import { ApiError } from '${from}';\nexport const x = ApiError;\n`;
    expect(await messages('shared/import/probe.ts', probe('../api'))).toHaveLength(1);
    expect(await messages('shared/rules/probe.ts', probe('../api/contract'))).toHaveLength(1);
    expect(await messages('shared/import/probe.ts', probe('../errors'))).toEqual([]);
    // the contract itself carries the errors and import outcomes
    expect(await messages('shared/api/probe.ts', probe('../errors'))).toEqual([]);
  });

  it('shared/ stays pure', async () => {
    expect(
      await messages(
        'shared/report/probe.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).toHaveLength(1);
  });
});
