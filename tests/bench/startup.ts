/**
 * Process costs, measured as whole processes from outside: the loopback host (browser mode of npm start)
 * from spawn until its first page is served, and until its first API call is answered (the store
 * process is up); `nianbao export --docx` of the reference report from the bundled CLI, against a bare
 * `node -e 0` started the same way.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MENGZHOU_FIXTURE_PATH } from '../reference';
import { median, PROJECT_ROOT } from './browser';
import type { Bench, BenchResult } from './types';

const RUNS = 5;
export const SERVER_START_TARGET_MS = 120;
export const EXPORT_DOCX_TARGET_MS = 250;

function get(
  url: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; cookie?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, cookie: res.headers['set-cookie']?.[0] }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

interface HostStart {
  /** spawn → GET / answered 200 (the token URL first, as a browser opening the printed link does) */
  firstPage: number;
  /** spawn → POST /api/app.info answered 200 */
  firstApi: number;
}

async function startHostOnce(dataDir: string): Promise<HostStart> {
  const start = performance.now();
  const child = spawn(process.execPath, ['dist/host/host.cjs', '--data-dir', dataDir, '--root', PROJECT_ROOT], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    // the line scripts/start.mjs opens the browser with
    const info = await new Promise<{ url: string; origin: string }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = /NIANBAO_URL=(.*)\n/.exec(out);
        if (line) resolve({ url: line[1]!, origin: new URL(line[1]!).origin });
      });
      child.once('exit', () => reject(new Error(`host exited: ${out}`)));
    });
    const token = await get(info.url);
    const cookie = token.cookie!.split(';')[0]!;
    const page = await get(`${info.origin}/`, { cookie });
    if (page.status !== 200) throw new Error(`host answered ${page.status}`);
    const firstPage = performance.now() - start;
    const api = await get(
      `${info.origin}/api/app.info`,
      { cookie, origin: info.origin, 'content-type': 'application/json' },
      '{}',
    );
    if (api.status !== 200) throw new Error(`host API answered ${api.status}`);
    return { firstPage, firstApi: performance.now() - start };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function processMs(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return performance.now() - start;
}

export const startupBench: Bench = {
  title: 'start-up and process costs (built bundles, whole processes)',
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-start-'));
    try {
      await startHostOnce(join(dir, 'data')); // creates the database: later starts open it, as a clerk's do
      const hosts: HostStart[] = [];
      for (let i = 0; i < RUNS; i++) hosts.push(await startHostOnce(join(dir, 'data')));
      const out = join(dir, 'out.docx');
      const exportArgs = ['dist/cli/nianbao.cjs', 'export', MENGZHOU_FIXTURE_PATH, '--docx', out];
      processMs(exportArgs);
      const exports = Array.from({ length: RUNS }, () => processMs(exportArgs));
      const bare = Array.from({ length: RUNS }, () => processMs(['-e', '0']));
      return [
        {
          name: `server start → first page served (median of ${RUNS})`,
          measured: median(hosts.map((h) => h.firstPage)),
          target: SERVER_START_TARGET_MS,
          unit: 'ms',
          peer: { name: 'node -e 0', measured: median(bare) },
        },
        {
          name: '  server start → first API answer',
          measured: median(hosts.map((h) => h.firstApi)),
          target: null,
          unit: 'ms',
        },
        {
          name: `export --docx, whole process (median of ${RUNS})`,
          measured: median(exports),
          target: EXPORT_DOCX_TARGET_MS,
          unit: 'ms',
          peer: { name: 'node -e 0', measured: median(bare) },
        },
        { name: '  node -e 0 (the floor of any process)', measured: median(bare), target: null, unit: 'ms' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** ensure the bundles the process benches run are current */
export function buildIfNeeded(): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('build failed');
}
