/**
 * Debounced autosave with a visible state. A report opened read-only never saves: no revision is
 * written and no copy is kept, whatever happens in the form. Every change is also kept in localStorage until the store
 * has acknowledged it, so a reload or crash between keystroke and save loses nothing: the copy is
 * taken back on the next open if no newer revision was saved since.
 *
 * The copy is the whole report, so it is not written on each keystroke (that made every keystroke
 * wait for a copy, a JSON text and a storage write): it is written COPY_DELAY_MS after the last
 * change, and at once when the page is being left or hidden (reload, closing, switching away). It is
 * read from `readCopy` (the editor's live store: its report already holds the derived totals and is
 * never changed in place, so no clone of the form and no second derivation), the save from `read`.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { describeCell } from '../../shared/format';
import type { Report } from '../../shared/report';
import { anyReportSchema, upgradeReport } from '../../shared/report';
import { ApiFailure, call, messageOf } from '../api';

export const AUTOSAVE_DELAY_MS = 800;
/**
 * The crash copy trails the typing by at most this long: short enough that only what was typed in
 * the last fraction of a second could be lost if the whole machine stopped, long enough that a clerk
 * typing a number writes the copy once rather than per digit.
 */
export const COPY_DELAY_MS = 150;
/** after a failed save; the clerk keeps typing meanwhile and the copy in localStorage keeps it safe */
export const RETRY_DELAY_MS = 4000;
/**
 * after a save refused because another program holds the database (the store has already waited
 * LOCK_WAIT_MS for it): short, so the edits are saved soon after the other program lets go
 */
export const LOCKED_RETRY_DELAY_MS = 1000;
export const LOCKED_TEXT = '数据正在被另一个程序使用，保存将在其释放后自动完成';

export type SaveState =
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string }
  /** another program holds the database: saving waits and retries by itself */
  | { kind: 'locked' }
  /**
   * another program saved a newer version of this report: ours was kept as a revision beside it (the
   * store said where); saving stops until the clerk loads the latest content
   */
  | { kind: 'conflict'; message: string }
  | { kind: 'readOnly' };

/**
 * The save state lives outside React state so that a keystroke marking the report unsaved re-renders
 * the one status line, not the editor.
 */
export class SaveStatus {
  private state: SaveState;
  private readonly listeners = new Set<() => void>();
  constructor(initial: SaveState) {
    this.state = initial;
  }
  get = (): SaveState => this.state;
  set(next: SaveState): void {
    if (next.kind === 'pending' && this.state.kind === 'pending') return;
    this.state = next;
    for (const l of this.listeners) l();
  }
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export function useSaveState(status: SaveStatus): SaveState {
  return useSyncExternalStore(status.subscribe, status.get);
}

/** States that stay on the line until a save gets through (locked) or the clerk acts (conflict). */
const keepsShowing = (s: SaveState) => s.kind === 'locked' || s.kind === 'conflict';

const pendingKey = (reportId: number) => `nianbao.unsaved.${reportId}`;

export function takePending(reportId: number, revisionId: number, stored: Report): Report | null {
  try {
    const raw = localStorage.getItem(pendingKey(reportId));
    if (!raw) return null;
    const saved = JSON.parse(raw) as { revisionId: number; report: Record<string, unknown> | null };
    // a copy kept by an earlier version of the program is brought up to the current shape (the upgrade chain)
    const report = typeof saved.report === 'object' && saved.report !== null ? upgradeReport(saved.report).data : null;
    const parsed = anyReportSchema.safeParse(report);
    // a copy older than the stored revision, or equal to it, was saved after all; otherwise it stays until its own save succeeds
    if (saved.revisionId !== revisionId || !parsed.success || JSON.stringify(parsed.data) === JSON.stringify(stored)) {
      localStorage.removeItem(pendingKey(reportId));
      return null;
    }
    return parsed.data;
  } catch {
    return null;
  }
}

/**
 * 14:05:09 in local time, written out: the locale's formatter (toLocaleTimeString) loads the locale's
 * data on its first use, 45–61 ms at 4× CPU throttle, and this is the first use on a report's address
 */
function clock(iso: string): string {
  const d = new Date(iso);
  const t = Number.isNaN(d.getTime()) ? new Date() : d;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(t.getHours())}:${two(t.getMinutes())}:${two(t.getSeconds())}`;
}

const PROBLEM: Record<string, string> = { too_big: '内容过长', too_small: '不能为空' };

/** The first thing the schema refuses, in the clerk's words: which field, and what is wrong with it. */
function firstIssue(report: Report): string | null {
  const r = anyReportSchema.safeParse(report);
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  const path = issue.path.map(String);
  const where = path[0] === 'tables' ? describeCell(path.slice(1).join('.')) : `“${path.join('.')}”`;
  return `${where}${PROBLEM[issue.code] ?? '格式不正确'}`;
}

export function useAutosave(
  reportId: number,
  revisionId: number,
  savedAt: string,
  read: () => Report,
  startDirty: boolean,
  readOnly = false,
  readCopy: () => Report = read,
) {
  const [status] = useState(
    () =>
      new SaveStatus(
        readOnly ? { kind: 'readOnly' } : startDirty ? { kind: 'pending' } : { kind: 'saved', at: clock(savedAt) },
      ),
  );
  const setState = useCallback((s: SaveState) => status.set(s), [status]);
  const revision = useRef(revisionId);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const copyTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const alive = useRef(true);
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());

  const keepCopy = useCallback(() => {
    if (readOnly) return;
    if (copyTimer.current) clearTimeout(copyTimer.current);
    copyTimer.current = null;
    try {
      localStorage.setItem(pendingKey(reportId), JSON.stringify({ revisionId: revision.current, report: readCopy() }));
    } catch {
      // storage full or unavailable: the debounced save still runs
    }
  }, [reportId, readCopy, readOnly]);

  const flush = useCallback((): Promise<void> => {
    if (readOnly) return Promise.resolve();
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(async () => {
      if (!dirty.current) return;
      dirty.current = false;
      const report = read();
      const invalid = firstIssue(report);
      if (invalid) {
        dirty.current = true;
        setState({ kind: 'failed', message: `内容不符合要求（${invalid}）` });
        return;
      }
      // while the database is held, the line keeps saying so until a save gets through
      if (!keepsShowing(status.get())) setState({ kind: 'saving' });
      try {
        const r = await call('reports.save', { reportId, report, baseRevisionId: revision.current });
        revision.current = r.revisionId;
        if (!dirty.current) {
          // everything is saved: a copy still waiting to be written would only be thrown away on the next open
          if (copyTimer.current) clearTimeout(copyTimer.current);
          copyTimer.current = null;
          try {
            localStorage.removeItem(pendingKey(reportId));
          } catch {
            /* nothing to clear */
          }
        }
        setState({ kind: 'saved', at: clock(r.savedAt) });
      } catch (error) {
        if (error instanceof ApiFailure && error.code === 'CONFLICT') {
          // the store kept this content as a revision beside the other program's: nothing to retry
          try {
            localStorage.removeItem(pendingKey(reportId));
          } catch {
            /* nothing to clear */
          }
          setState({ kind: 'conflict', message: error.message });
          return;
        }
        dirty.current = true;
        const locked = error instanceof ApiFailure && error.code === 'FILE_LOCKED';
        setState(locked ? { kind: 'locked' } : { kind: 'failed', message: `${messageOf(error)}（稍后自动重试）` });
        const delay = locked ? LOCKED_RETRY_DELAY_MS : RETRY_DELAY_MS;
        if (alive.current && !timer.current) timer.current = setTimeout(() => void flushRef.current(), delay);
      }
    });
    return chain.current;
  }, [reportId, read, setState, readOnly, status]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const changed = useCallback(() => {
    if (readOnly) return;
    dirty.current = true;
    // the conflict stays on screen (with its way forward); later edits are kept beside it in the same way
    if (!keepsShowing(status.get())) setState({ kind: 'pending' });
    if (copyTimer.current) clearTimeout(copyTimer.current);
    copyTimer.current = setTimeout(keepCopy, COPY_DELAY_MS);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush, keepCopy, setState, readOnly, status]);

  useEffect(() => {
    if (readOnly) return;
    if (startDirty) changed();
    const onUnload = () => {
      if (!dirty.current) return;
      keepCopy();
      void flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onUnload();
    };
    alive.current = true;
    window.addEventListener('beforeunload', onUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      alive.current = false;
      onUnload();
      if (copyTimer.current) clearTimeout(copyTimer.current);
      copyTimer.current = null;
    };
  }, [changed, flush, keepCopy, startDirty, readOnly]);

  return useMemo(() => ({ status, changed, flush, revision }), [status, changed, flush]);
}

export function saveStateText(s: SaveState): string {
  switch (s.kind) {
    case 'pending':
      return '有修改，稍后自动保存';
    case 'saving':
      return '保存中…';
    case 'saved':
      return `已保存 ${s.at}`;
    case 'failed':
      return `保存失败：${s.message}`;
    case 'locked':
      return LOCKED_TEXT;
    case 'conflict':
      return s.message;
    case 'readOnly':
      return '只读查看，不保存';
  }
}
