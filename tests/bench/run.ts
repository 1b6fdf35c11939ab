/**
 * `npm run bench`: every benchmark, printed as one table with its target and the ratio measured/target
 * (≤ 1 meets the target). Not a test: it never fails the build, it informs. Add benches to BENCHES.
 */
import { cpus, loadavg } from 'node:os';
import { folderBench } from './folder';
import { rulesBench } from './rules';
import { storeBench } from './store';
import type { Bench, BenchResult } from './types';

const BENCHES: readonly Bench[] = [rulesBench, storeBench, folderBench];

function pad(text: string, width: number, right = false): string {
  // CJK characters take two columns in a terminal
  const shown = [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const fill = ' '.repeat(Math.max(0, width - shown));
  return right ? fill + text : text + fill;
}

async function main() {
  const rows: Array<{ bench: string } & BenchResult> = [];
  for (const bench of BENCHES) {
    for (const result of await bench.run()) rows.push({ bench: bench.title, ...result });
  }
  const header = `${pad('measure', 44)} ${pad('measured', 12, true)} ${pad('target', 10, true)} ${pad('ratio', 7, true)}`;
  let title = '';
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const row of rows) {
    if (row.bench !== title) {
      title = row.bench;
      console.log(`[${title}]`);
    }
    const ratio = row.target === null ? null : row.measured / row.target;
    const target = row.target === null ? '—' : `≤ ${row.target} ${row.unit}`;
    console.log(
      `${pad(row.name, 44)} ${pad(`${row.measured.toFixed(2)} ${row.unit}`, 12, true)} ${pad(target, 10, true)} ${pad(ratio === null ? '—' : ratio.toFixed(2), 7, true)}${ratio !== null && ratio > 1 ? '  over target' : ''}`,
    );
  }
  // wall-clock figures on a shared machine move with its load; say what it was
  console.log(`\nload average (1 min) at the end: ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
