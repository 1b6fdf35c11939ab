/**
 * What differs between editions of the national format. The format changed in 2019 (试行, 国办公开办函〔2019〕60号)
 * and in 2021 (国办公开办函〔2021〕30号); each report names its edition (`report.format`), and everything that
 * depends on rows, columns, layout or rules reads them from the report's edition, never from a module constant.
 */
import type { TableId } from '../cells';
import type { TableLayout } from '../layout';
import type { RuleId } from '../rule-ids';
import type { SectionDef } from '../sections';
import type { T2Block, T3Column, T3ResultEntry, T3Row, T4Group, T4Outcome, TableCellDef } from '../tables';

/** Every edition this program knows, newest first. */
export const FORMAT_IDS = ['2021', '2019'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface FormatEdition<Id extends FormatId = FormatId> {
  id: Id;
  /** the notice that set the edition, e.g. 国办公开办函〔2021〕30号 */
  notice: string;
  /** how the clerk is told which edition a report follows */
  name: string;
  /** read from published reports of that layout, never chosen for a new report */
  importOnly: boolean;
  sections: readonly SectionDef[];
  t2Blocks: readonly T2Block[];
  t3Columns: readonly T3Column[];
  t3ResultEntries: readonly T3ResultEntry[];
  /** every T3 row that carries numbers, in table order */
  t3Rows: readonly T3Row[];
  t4Groups: readonly T4Group[];
  t4Outcomes: readonly T4Outcome[];
  /** every numeric cell, T2 then T3 then T4 */
  cells: readonly TableCellDef[];
  layouts: Readonly<Record<TableId, TableLayout>>;
  /** the rules that apply to a report of this edition */
  rules: readonly RuleId[];
}
