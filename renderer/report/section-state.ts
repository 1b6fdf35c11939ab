/** The state each side-list entry shows: 未填写 / 填写中 / 错误 N / 警告 N / 已完成. */
import { FEE_FIELDS, SECTIONS, TABLE_CELLS, type SectionKey } from '../../shared/format';
import type { Report } from '../../shared/report';
import type { LiveState } from './live-store';

export type PaneKey = 'meta' | SectionKey | 'checks';

export type Progress = 'empty' | 'partial' | 'done';

export const PROGRESS_LABEL: Record<Progress, string> = { empty: '未填写', partial: '填写中', done: '已完成' };

function textProgress(texts: readonly string[], needed: number): Progress {
  const filled = texts.filter((t) => t.trim() !== '').length;
  return filled === 0 ? 'empty' : filled >= needed ? 'done' : 'partial';
}

export function progressOf(pane: Exclude<PaneKey, 'checks'>, report: Report): Progress {
  if (pane === 'meta') {
    const filled = [report.organ.name.trim() !== '', report.year !== null].filter(Boolean).length;
    return filled === 0 ? 'empty' : filled === 2 ? 'done' : 'partial';
  }
  const def = SECTIONS.find((s) => s.key === pane)!;
  if (def.table) {
    const cells = TABLE_CELLS.filter((c) => c.id.startsWith(`${def.table}.`) && !c.derived);
    const filled = cells.filter((c) => {
      const [table, r, col] = c.id.split('.') as [keyof Report['tables'], string, string];
      return report.tables[table][r]?.[col] != null;
    }).length;
    return filled === 0 ? 'empty' : filled === cells.length ? 'done' : 'partial';
  }
  const prose = report.prose[pane as keyof Report['prose']] as Record<string, string>;
  if (pane === 'other') {
    const fees = FEE_FIELDS.filter((f) => report.fee[f.key] != null).length;
    const anyText = Object.values(prose).some((t) => t.trim() !== '');
    if (fees === FEE_FIELDS.length) return 'done';
    return fees === 0 && !anyText ? 'empty' : 'partial';
  }
  if (pane === 'problems') {
    // the rectification part is only asked for when last year's report listed problems
    const needed =
      report.priorProblems.trim() !== '' ? ['rectification', 'problems', 'improvements'] : ['problems', 'improvements'];
    const all = Object.values(prose);
    if (all.every((t) => t.trim() === '')) return 'empty';
    return needed.every((k) => (prose[k] ?? '').trim() !== '') ? 'done' : 'partial';
  }
  const parts = def.parts.map((p) => prose[p.key] ?? '');
  return textProgress([...parts], parts.length);
}

export interface PaneState {
  progress: Progress | null;
  errors: number;
  warnings: number;
}

export function paneStates(live: LiveState): Record<PaneKey, PaneState> {
  const out = {} as Record<PaneKey, PaneState>;
  const panes: PaneKey[] = ['meta', ...SECTIONS.map((s) => s.key), 'checks'];
  for (const pane of panes) {
    const mine = pane === 'checks' ? live.open : live.open.filter((f) => f.section === pane);
    out[pane] = {
      progress: pane === 'checks' ? null : progressOf(pane, live.report),
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
