/** The current edition (国办公开办函〔2021〕30号): the format's own definitions, read, not copied. */
import { TABLE_LAYOUTS } from '../layout';
import { RULES } from '../rule-ids';
import { SECTIONS } from '../sections';
import { T2_BLOCKS, T3_COLUMNS, T3_RESULT_ENTRIES, T3_ROWS, T4_GROUPS, T4_OUTCOMES, TABLE_CELLS } from '../tables';
import type { FormatEdition } from './edition';

export const EDITION_2021: FormatEdition<'2021'> = {
  id: '2021',
  notice: '国办公开办函〔2021〕30号',
  name: '2021年版格式（国办公开办函〔2021〕30号）',
  importOnly: false,
  sections: SECTIONS,
  t2Blocks: T2_BLOCKS,
  t3Columns: T3_COLUMNS,
  t3ResultEntries: T3_RESULT_ENTRIES,
  t3Rows: T3_ROWS,
  t4Groups: T4_GROUPS,
  t4Outcomes: T4_OUTCOMES,
  cells: TABLE_CELLS,
  layouts: TABLE_LAYOUTS,
  rules: RULES.map((r) => r.id),
};
