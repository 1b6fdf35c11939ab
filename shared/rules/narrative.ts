/**
 * N-NARRATIVE: every figure the prose states about a table value (narrative-claims.ts), in every
 * section, against the tables. A figure that equals last year's value while this year's differs is
 * X-STALE's (stale.ts), which says more about it than a plain mismatch would.
 */
import { describeCell, sectionDef } from '../format';
import { compareDecimals, sumOf } from '../report';
import { finding } from './finding';
import type { ProseClaim } from './narrative-claims';
import { difference } from './sums';
import type { Finding } from './types';
import { validValue, type Cells } from './values';

/** The sum the tables hold for these cells, or null while one of them is blank or not a number. */
export function tableSum(cells: Cells, ids: readonly string[]): string | null {
  const values = ids.map((id) => validValue(cells, id as never));
  if (values.some((v) => v === null)) return null;
  return sumOf(values);
}

export function claimHolds(claim: ProseClaim, cells: Cells): boolean | null {
  const table = tableSum(cells, claim.cells);
  if (table === null) return null;
  if (compareDecimals(claim.stated, table) === 0) return true;
  return claim.alsoAccepted.some((ids) => {
    const other = tableSum(cells, ids);
    return other !== null && compareDecimals(claim.stated, other) === 0;
  });
}

/** Last year's figure, this year's differs: the sentence was copied and not updated. */
export function isStaleFigure(claim: ProseClaim, cells: Cells, prior: Cells | null): boolean {
  if (!prior) return false;
  const before = tableSum(prior, claim.cells);
  return before !== null && compareDecimals(before, claim.stated) === 0 && claimHolds(claim, cells) === false;
}

/** Section 一's keys are those of the first version of this rule, so acknowledgements already written still hold. */
export function claimSubjectKey(claim: ProseClaim): string {
  const figure = `${claim.cells.join(',')}=${claim.stated}`;
  return claim.section === 'overview' ? figure : `prose.${claim.section}:${figure}`;
}

export function narrativeRule(claims: readonly ProseClaim[], cells: Cells, prior: Cells | null, out: Finding[]): void {
  for (const claim of claims) {
    if (claimHolds(claim, cells) !== false) continue;
    if (isStaleFigure(claim, cells, prior)) continue;
    const table = tableSum(cells, claim.cells)!;
    const where = claim.cells.map(describeCell).join('与');
    out.push(
      finding('N-NARRATIVE', {
        cells: claim.cells,
        section: claim.section,
        expected: table,
        actual: claim.stated,
        subject: claimSubjectKey(claim),
        message: `“${sectionDef(claim.section).heading}”中写明${claim.subject}${claim.stated}件（“${claim.quote}”），但表格${where}${claim.cells.length > 1 ? '合计' : ''}为${table}，相差${difference(claim.stated, table)}`,
      }),
    );
  }
}
