/**
 * Totals a report holds that differ from the sums of their parts. The form computes every total from
 * its parts; a report that came in with other totals (an import keeps what was printed) would have
 * them replaced on its first save, so the clerk is told which totals differ and by how much first.
 */
import { describeEditionCell, editionOf } from '../format';
import { getCell } from './cells';
import { compareDecimals, isCanonicalDecimal } from './decimal';
import { deriveTotals } from './derive';
import type { Report } from './schema';

/** One line per differing total, e.g. “一、本年新收…”行“总计”列：报告中为130，各项之和为129. */
export function printedTotalDifferences(report: Report): string[] {
  const out: string[] = [];
  for (const [cell, computed] of deriveTotals(report)) {
    const printed = getCell(report, cell);
    if (printed === null || computed === null) continue;
    const same = isCanonicalDecimal(printed) && compareDecimals(printed, computed) === 0;
    if (!same) out.push(`${describeEditionCell(editionOf(report), cell)}：报告中为${printed}，各项之和为${computed}`);
  }
  return out;
}
