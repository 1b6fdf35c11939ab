/** The import report as the CLI prints it: one block per part — read, normalised, missing. */
import type { ImportSummaryRow } from '../../shared/api';

export function formatImportSummary(summary: readonly ImportSummaryRow[] | undefined): string {
  if (!summary?.length) return '';
  const lines = ['导入报告：'];
  for (const row of summary) {
    lines.push(`  ${row.part}：${row.read}`);
    for (const n of row.normalised) lines.push(`    · 已处理：${n}`);
    for (const m of row.missing) lines.push(`    · 缺少：${m}`);
  }
  return `${lines.join('\n')}\n`;
}
