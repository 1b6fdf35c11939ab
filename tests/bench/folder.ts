/**
 * Folder check benchmark (issue 12): the bundled CLI checks a generated folder of varied reports (text,
 * web copy, .docx, report files, some broken, some with errors, consecutive years) on every core. The
 * per-report cost is the slope between one report and the whole folder, so the process start-up is
 * counted once, as it is when a supervising office checks 10,000 reports in one run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeUnitFolder } from '../unit/units/unit-folder';
import type { Bench, BenchResult } from './types';

const REPORTS = 600;
const PROJECTED_REPORTS = 10_000;
export const FOLDER_10K_TARGET_S = 60;

/** Wall-clock and CPU seconds (user + system, all threads) of one `nianbao check` run. */
function timeCli(args: string[]): { wall: number; cpu: number } {
  const start = performance.now();
  // bash's time builtin reports the child's CPU time, which a shared machine's load does not inflate
  const command = `TIMEFORMAT='%3U %3S'; time "${process.execPath}" dist/cli/nianbao.cjs check ${args.map((a) => `'${a}'`).join(' ')} --json >/dev/null 2>/dev/null`;
  const r = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
  const wall = (performance.now() - start) / 1000;
  const times = /([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (r.status === null || r.status > 2 || !times) throw new Error(`nianbao check failed: ${r.stderr}`);
  return { wall, cpu: Number(times[1]) + Number(times[2]) };
}

export const folderBench: Bench = {
  title: `folder check (bundled CLI, ${availableParallelism()} cores)`,
  async run(): Promise<BenchResult[]> {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-folder-'));
    try {
      const units = await writeUnitFolder(join(dir, 'units'), REPORTS, 12);
      const one = join(dir, 'units', units.find((u) => u.format === 'text')!.file);
      const runs = [timeCli([one]), timeCli([one])];
      const single = runs[0]!.wall < runs[1]!.wall ? runs[0]! : runs[1]!;
      const whole = timeCli([join(dir, 'units')]);
      const perReport = Math.max(0, whole.wall - single.wall) / (REPORTS - 1);
      const projected = single.wall + perReport * (PROJECTED_REPORTS - 1);
      // what the machine would take unloaded: CPU time spread over its cores
      const cores = availableParallelism();
      const cpuPerReport = Math.max(0, whole.cpu - single.cpu) / (REPORTS - 1);
      const projectedCpu = single.cpu + (cpuPerReport * (PROJECTED_REPORTS - 1)) / cores;
      const tenK = PROJECTED_REPORTS.toLocaleString('en');
      return [
        { name: 'one report, whole process', measured: single.wall * 1000, target: null, unit: 'ms' },
        { name: `${REPORTS} reports, whole process`, measured: whole.wall, target: null, unit: 's' },
        { name: 'reports per second', measured: perReport === 0 ? Infinity : 1 / perReport, target: null, unit: '/s' },
        { name: `projected: ${tenK} reports`, measured: projected, target: FOLDER_10K_TARGET_S, unit: 's' },
        { name: 'CPU time per report (all threads)', measured: cpuPerReport * 1000, target: null, unit: 'ms' },
        {
          name: `projected: ${tenK} reports, CPU time / ${cores} cores`,
          measured: projectedCpu,
          target: FOLDER_10K_TARGET_S,
          unit: 's',
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
