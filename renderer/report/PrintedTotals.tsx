import { useMemo } from 'react';
import { describeCell } from '../../shared/format';
import { compareDecimals, deriveTotals, getCell, isCanonicalDecimal, type Report } from '../../shared/report';

/**
 * The form computes every total from its parts. A report that came in with other totals (an import
 * keeps what was printed) would have them replaced silently on its first save, so the clerk is told
 * which totals differ and by how much before anything is changed.
 */
export function printedTotalDifferences(report: Report): string[] {
  const out: string[] = [];
  for (const [cell, computed] of deriveTotals(report)) {
    const printed = getCell(report, cell);
    if (printed === null || computed === null) continue;
    const same = isCanonicalDecimal(printed) && compareDecimals(printed, computed) === 0;
    if (!same) out.push(`${describeCell(cell)}：报告中为${printed}，各项之和为${computed}`);
  }
  return out;
}

export function PrintedTotalsNotice({ report }: { report: Report }) {
  const differences = useMemo(() => printedTotalDifferences(report), [report]);
  if (differences.length === 0) return null;
  return (
    <details className="notice error slim printed-totals" data-testid="printed-totals">
      <summary>
        本报告原有 {differences.length} 个合计与各项之和不一致，表中已按各项之和显示，保存后以计算结果为准。请核对：
      </summary>
      <ul>
        {differences.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </details>
  );
}
