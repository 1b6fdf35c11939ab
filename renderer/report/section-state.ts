/** The state each side-list entry shows: 未填写 / 填写中 / 错误 N / 警告 N / 已完成 (progress: shared/report). */
import type { SectionKey } from '../../shared/format';
import { PROGRESS_LABEL, progressOf, REPORT_PARTS, type Progress } from '../../shared/report';
import type { LiveState } from './live-store';

export type PaneKey = 'meta' | SectionKey | 'checks';

export interface PaneState {
  progress: Progress | null;
  errors: number;
  warnings: number;
}

/**
 * Each part's progress, once per checked report: the side list's snapshot is read on every change of
 * the live state (twice per keystroke, with the totals and with the findings) and more than once per
 * change by React. It follows the report the rules have seen (`checked`), with the error and warning
 * counts beside it, so counting the progress of every part is done in the rules step, after the
 * keystroke's frame, not before it.
 */
const PROGRESS = new WeakMap<LiveState['report'], ReadonlyMap<PaneKey, Progress>>();

function progressByPart(report: LiveState['report']): ReadonlyMap<PaneKey, Progress> {
  let byPart = PROGRESS.get(report);
  if (!byPart) PROGRESS.set(report, (byPart = new Map(REPORT_PARTS.map((part) => [part, progressOf(part, report)]))));
  return byPart;
}

export function paneStates(live: LiveState): Record<PaneKey, PaneState> {
  const out = {} as Record<PaneKey, PaneState>;
  const panes: PaneKey[] = [...REPORT_PARTS, 'checks'];
  const progress = progressByPart(live.checked);
  for (const pane of panes) {
    const mine = pane === 'checks' ? live.open : live.open.filter((f) => f.section === pane);
    out[pane] = {
      progress: pane === 'checks' ? null : progress.get(pane)!,
      errors: mine.filter((f) => f.severity === 'error').length,
      warnings: mine.filter((f) => f.severity === 'warning').length,
    };
  }
  return out;
}

export function stateLabel(s: PaneState): { text: string; tone: 'error' | 'warning' | 'done' | 'partial' | 'empty' } {
  if (s.errors > 0) return { text: `错误 ${s.errors}`, tone: 'error' };
  if (s.warnings > 0) return { text: `警告 ${s.warnings}`, tone: 'warning' };
  if (s.progress === null) return { text: '无问题', tone: 'done' };
  return { text: PROGRESS_LABEL[s.progress], tone: s.progress };
}
