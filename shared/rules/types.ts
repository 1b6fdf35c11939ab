import type { CellId, RuleId, SectionKey, Severity } from '../format';

export interface Finding {
  id: RuleId;
  severity: Severity;
  /** the cells the finding is about (empty for prose findings) */
  cells: CellId[];
  /** where it shows in the side list; 'meta' is 基本信息 */
  section: SectionKey | 'meta';
  expected?: string;
  actual?: string;
  /** Chinese, naming row and column in official wording and the amount by which it is off */
  message: string;
  /** stable identity for acknowledgements: rule ID plus cells or subject */
  key: string;
}

export interface RuleContext {
  /** the same organ's report of the year before */
  prior?: import('../report').Report | null;
  /** for DEADLINE; omitted: no DEADLINE finding */
  today?: { year: number; month: number; day: number };
  /** a final is being judged (export, 标记为定稿): CELL-REQUIRED, SECTION-REQUIRED, PLACEHOLDER, FEE-UNFILLED and TITLE-ORGAN-YEAR apply */
  final?: boolean;
}
