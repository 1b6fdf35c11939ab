import { useMemo } from 'react';
import { printedTotalDifferences, type Report } from '../../shared/report';

/** The clerk is told which totals an imported report printed differently, before a save replaces them. */
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
