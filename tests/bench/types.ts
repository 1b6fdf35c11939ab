/** One line of the benchmark table: a measurement against its target (lower is better). */
export interface BenchResult {
  name: string;
  measured: number;
  /** null: shown for context, no target */
  target: number | null;
  unit: string;
  /** the target as the issue words it, when it is more than "≤ target unit" (e.g. "≤ LibreOffice ÷ 3") */
  targetText?: string;
  /** a peer measured in the same run (LibreOffice, a naive grid, a cold browser): printed as measured ÷ peer */
  peer?: { name: string; measured: number };
}

export interface Bench {
  title: string;
  run(): Promise<BenchResult[]> | BenchResult[];
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
