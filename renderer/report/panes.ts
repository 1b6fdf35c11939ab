/** The parts of an open report, in the side list's order (also what the address may name). */
import { SECTIONS } from '../../shared/format';
import type { PaneKey } from './section-state';

export const PANES: ReadonlyArray<{ key: PaneKey; title: string }> = [
  { key: 'meta', title: '基本信息' },
  ...SECTIONS.map((s) => ({ key: s.key as PaneKey, title: s.heading })),
  { key: 'checks', title: '检查与导出' },
];
