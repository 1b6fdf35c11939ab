/**
 * `npm run bench`: every benchmark, printed as one table with its target, the ratio measured/target
 * (≤ 1 meets the target, marked ✓) and, where the issue names one, the ratio to a peer measured in the
 * same run. Not a test: it never fails the build, it informs. `npm run bench -- pdf editor` runs only the
 * benches whose key is named. Add benches to BENCHES.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { editorBench } from './editor';
import { folderBench } from './folder';
import { homeBench } from './home';
import { pdfBench } from './pdf';
import { rulesBench } from './rules';
import { rendererBench } from './renderer';
import { buildIfNeeded, startupBench } from './startup';
import { storeBench } from './store';
import type { Bench, BenchResult } from './types';

const BENCHES: ReadonlyArray<{ key: string; bench: Bench }> = [
  { key: 'rules', bench: rulesBench },
  { key: 'store', bench: storeBench },
  { key: 'startup', bench: startupBench },
  { key: 'pdf', bench: pdfBench },
  { key: 'renderer', bench: rendererBench },
  { key: 'editor', bench: editorBench },
  { key: 'home', bench: homeBench },
  { key: 'folder', bench: folderBench },
];

function pad(text: string, width: number, right = false): string {
  // CJK characters take two columns in a terminal
  const shown = [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const fill = ' '.repeat(Math.max(0, width - shown));
  return right ? fill + text : text + fill;
}

function format(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

function load(): string {
  const [one, five] = loadavg();
  return `${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min)`;
}

function printRow(row: BenchResult): void {
  const ratio = row.target === null ? null : row.measured / row.target;
  const target = row.targetText ?? (row.target === null ? '—' : `≤ ${format(row.target, row.unit)}`);
  const peer = row.peer ? `${(row.measured / row.peer.measured).toFixed(2)}× ${row.peer.name}` : '';
  const mark = ratio === null ? '' : ratio <= 1 ? '✓' : '✗ over target';
  console.log(
    `${pad(row.name, 48)} ${pad(format(row.measured, row.unit), 11, true)} ${pad(target, 22, true)} ${pad(ratio === null ? '—' : ratio.toFixed(2), 6, true)}  ${pad(mark, 14)}${peer}`,
  );
}

async function main(only: readonly string[]) {
  const chosen = BENCHES.filter((b) => only.length === 0 || only.includes(b.key));
  if (chosen.length === 0)
    throw new Error(`no bench named ${only.join(', ')}; known: ${BENCHES.map((b) => b.key).join(', ')}`);
  const started = Date.now();
  buildIfNeeded();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`,
  );
  const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (chromium) console.log(`browser: ${chromium}`);
  console.log(`load average at the start: ${load()}\n`);
  const header = `${pad('measure', 48)} ${pad('measured', 11, true)} ${pad('target', 22, true)} ${pad('ratio', 6, true)}  ${pad('', 14)}vs peer (same run)`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const { bench } of chosen) {
    console.log(`[${bench.title}]`);
    const benchStart = Date.now();
    try {
      for (const row of await bench.run()) printRow(row);
    } catch (error) {
      // one bench that cannot run (no browser, no LibreOffice) does not hide the others
      console.log(`  could not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    console.log(`  (${((Date.now() - benchStart) / 1000).toFixed(0)} s; load average now ${load()})`);
  }
  // wall-clock figures on a shared machine move with its load; say what it was
  console.log(
    `\nload average at the end: ${load()} on ${cpus().length} cores; whole run ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
