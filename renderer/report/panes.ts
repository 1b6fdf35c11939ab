/** The parts of an open report, in the side list's order (also what the address may name). */
// the module itself, not shared/report's index: the router is on the first screen, the report schema is not
import { partTitle, REPORT_PARTS } from '../../shared/report/parts';
import type { PaneKey } from './section-state';

export const PANES: ReadonlyArray<{ key: PaneKey; title: string }> = [
  ...REPORT_PARTS.map((part) => ({ key: part as PaneKey, title: partTitle(part) })),
  { key: 'checks', title: '检查与导出' },
];
