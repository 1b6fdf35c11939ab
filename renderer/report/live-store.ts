/**
 * What the report looks like right now, with its derived totals and findings, kept outside React so
 * that each cell, total and counter subscribes to exactly the slice it shows (typing one cell must
 * not re-render the grid).
 *
 * A keystroke is answered in two steps. The totals are derived at once, before the browser paints, so
 * the total beside the typed number is right in the very frame that shows the number; the store's copy
 * of the report changes along the typed field's path only (no copy of the whole form per keystroke).
 * The rules run after that frame, at a priority below input and rendering (`scheduler.postTask`
 * 'background', posted from the frame's animation callback), a burst of keystrokes coalesced into one
 * run: the next keystroke and its frame never wait behind them, and finding marks and messages follow
 * as soon as the page is idle. Code outside rendering that acts on the findings (export, print, paste)
 * reads `current()`, which runs pending rules first, so it never acts on findings one keystroke old.
 */
import { useRef, useSyncExternalStore } from 'react';
import { parseCellId, type CellId } from '../../shared/format';
import { deriveTotals, setCells, type Cell, type Report } from '../../shared/report';
import { runRules, suggestValues, type Finding, type Suggestion } from '../../shared/rules';

export interface LiveState {
  report: Report;
  derived: ReadonlyMap<CellId, Cell>;
  /** the report the findings below were found in: `report` itself, or the one a frame before it */
  checked: Report;
  findings: readonly Finding[];
  /** errors and unacknowledged warnings: what still needs the clerk */
  open: readonly Finding[];
  acknowledged: ReadonlySet<string>;
  byCell: ReadonlyMap<string, readonly Finding[]>;
  /** values the format implies from last year's report, offered at their cells */
  suggestions: ReadonlyMap<string, Suggestion>;
}

export function todayParts(now = new Date()): { year: number; month: number; day: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * The form mutates its values in place, so the store keeps its own copy: objects and arrays are
 * copied, strings (immutable, and the bulk of a report's size) are shared rather than cloned.
 */
export function copyValues<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyValues) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyValues((value as Record<string, unknown>)[key]);
  return out as T;
}

/**
 * The value with `value` at the dotted form path, copying only the objects and arrays along the path
 * (everything else is shared with `base`, which is never changed).
 */
export function setAtPath<T>(base: T, path: readonly string[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string, ...string[]];
  const container = (base ?? {}) as Record<string, unknown>;
  const next = setAtPath(container[head], rest, value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(head)] = next;
    return copy as T;
  }
  return { ...container, [head]: next } as T;
}

const PLACES = new Map<CellId, ReturnType<typeof parseCellId>>();

/** A derived cell's table, row and column (the same few dozen ids on every keystroke: parsed once). */
function placeOf(id: CellId): ReturnType<typeof parseCellId> {
  let p = PLACES.get(id);
  if (p === undefined) PLACES.set(id, (p = parseCellId(id)));
  return p;
}

/** The derived cells whose value differs from the report's, written into a copy of their rows only. */
function withCellsChanged(report: Report, derived: ReadonlyMap<CellId, Cell>): Report {
  let tables: Report['tables'] | null = null;
  for (const [id, value] of derived) {
    const p = placeOf(id);
    if (!p) continue;
    const current = report.tables[p.table][p.row]?.[p.column];
    if (current === value) continue;
    // anything unusual (a row or cell the report lacks) goes through the checked writer, which refuses it
    if (current === undefined) return setCells(report, derived);
    tables ??= { ...report.tables };
    const table = (tables[p.table] =
      tables[p.table] === report.tables[p.table] ? { ...report.tables[p.table] } : tables[p.table]) as Record<
      string,
      Record<string, Cell>
    >;
    const original = report.tables[p.table][p.row]!;
    if (table[p.row] === original) table[p.row] = { ...original };
    table[p.row]![p.column] = value;
  }
  return tables ? { ...report, tables } : report;
}

type Totals = Pick<LiveState, 'report' | 'derived'>;
type Checked = Omit<LiveState, 'report' | 'derived'>;

/** `values` is the store's own (never changed afterwards): the totals are written into copies of their rows. */
function withTotals(values: Report): Totals {
  const derived = deriveTotals(values);
  return { report: withCellsChanged(values, derived), derived };
}

function check(report: Report, prior: Report | null, deadline: boolean): Checked {
  let findings: Finding[];
  try {
    // the days left until the deadline concern a draft only: a 定稿 is published
    findings = runRules(report, deadline ? { prior, today: todayParts() } : { prior });
  } catch (error) {
    // a rule that throws must not take the editor down; the checks page says so
    console.error(error);
    findings = [];
  }
  const acknowledged = new Set(report.acknowledgements.map((a) => a.key));
  const open = findings.filter((f) => f.severity === 'error' || (f.severity === 'warning' && !acknowledged.has(f.key)));
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) for (const c of f.cells) byCell.set(c, [...(byCell.get(c) ?? []), f]);
  const suggestions = new Map(suggestValues(report, prior).map((x) => [x.cell as string, x]));
  return { checked: report, findings, open, acknowledged, byCell, suggestions };
}

/**
 * How long the rules may wait at most: for a frame when none comes (a hidden window paints no frames),
 * and for the page to leave them room when it is busy without pause.
 */
export const RULES_LATEST_MS = 100;

interface PostTaskScheduler {
  postTask(job: () => void, options: { priority: 'background' | 'user-visible' | 'user-blocking' }): Promise<unknown>;
}

/** Runs a job below input, rendering and ordinary tasks: `scheduler.postTask` 'background', else an idle callback. */
function postBelowInput(job: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    // the job catches its own errors (check()); a rejection here would only be the task being aborted
    scheduler.postTask(job, { priority: 'background' }).catch(() => undefined);
  } else if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(job, { timeout: RULES_LATEST_MS });
  } else {
    setTimeout(job, 0);
  }
}

/**
 * Runs the job once after the next frame, at a priority below input and rendering (posted from the
 * frame's animation callback, so it cannot run before the frame that shows the keystroke), or after
 * RULES_LATEST_MS when no frame and no idle moment came.
 */
function afterNextPaintWhenIdle(job: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    job();
  };
  const fallback = setTimeout(once, RULES_LATEST_MS);
  requestAnimationFrame(() => postBelowInput(once));
}

export class LiveStore {
  private state: LiveState;
  private readonly listeners = new Set<() => void>();
  /** the store's own copy of the values changed since the totals were last derived */
  private pending: Report | null = null;
  /** the rules have not yet seen state.report */
  private unchecked = false;
  private deadline: boolean;

  constructor(
    report: Report,
    readonly prior: Report | null,
    status: 'draft' | 'final' = 'draft',
  ) {
    this.deadline = status === 'draft';
    const totals = withTotals(copyValues(report));
    this.state = { ...totals, ...check(totals.report, prior, this.deadline) };
  }

  /** 标记为定稿 / 撤回为草稿: the deadline line comes and goes with it. */
  setStatus(status: 'draft' | 'final'): void {
    this.deadline = status === 'draft';
    this.setOwn(this.pending ?? this.state.report);
  }

  /** For rendering: may hold findings one frame older than the report (see the file comment). */
  get = (): LiveState => this.state;

  /** For acting on the findings (export, print, paste): the pending totals and rules are run first. */
  current(): LiveState {
    if (this.pending) this.deriveNow();
    if (this.unchecked) this.checkNow();
    return this.state;
  }

  /**
   * The report as typed, with its totals, without running the rules: the crash copy's source. The
   * store's report is its own (never changed in place), so it is written out as it is, with no copy.
   */
  latestReport(): Report {
    if (this.pending) this.deriveNow();
    return this.state.report;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private publish(next: LiveState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  /** Recompute everything now (used after reset, restore and paste). */
  set(report: Report): void {
    this.setOwn(copyValues(report));
  }

  private setOwn(report: Report): void {
    this.pending = null;
    this.unchecked = false;
    const totals = withTotals(report);
    this.publish({ ...totals, ...check(totals.report, this.prior, this.deadline) });
  }

  /**
   * The form's values changed in ways not said field by field: the store takes a copy of them all. The
   * totals are derived in a microtask (a paste of many cells or a burst of events is one derivation,
   * still before the frame is painted), the rules after that frame.
   */
  schedule(values: Report): void {
    this.pendingNow(copyValues(values));
  }

  /**
   * One field changed (its form path, as the form names it, and its new value): only the objects along
   * that path are copied. Derived as `schedule` is.
   */
  change(path: string, value: unknown): void {
    this.pendingNow(setAtPath(this.pending ?? this.state.report, path.split('.'), copyValues(value)));
  }

  private pendingNow(next: Report): void {
    const first = this.pending === null;
    this.pending = next;
    if (first) queueMicrotask(() => this.deriveNow());
  }

  private deriveNow(): void {
    const values = this.pending;
    if (!values) return;
    this.pending = null;
    const totals = withTotals(values);
    const firstUnchecked = !this.unchecked;
    this.unchecked = true;
    this.publish({ ...this.state, ...totals });
    if (firstUnchecked) afterNextPaintWhenIdle(() => this.checkNow());
  }

  private checkNow(): void {
    if (!this.unchecked) return;
    this.unchecked = false;
    this.publish({ ...this.state, ...check(this.state.report, this.prior, this.deadline) });
  }
}

/**
 * Subscribe to one slice; the selector must return a primitive or a value that is stable between updates.
 * It runs once per live state: React asks for the snapshot several times per change (to check for a
 * change, to render, to check again after the commit), and a selector may do real work (counting findings).
 */
export function useLive<T>(store: LiveStore, select: (s: LiveState) => T): T {
  const last = useRef<{ state: LiveState; select: (s: LiveState) => T; value: T } | null>(null);
  return useSyncExternalStore(store.subscribe, () => {
    const state = store.get();
    const seen = last.current;
    if (seen && seen.state === state && seen.select === select) return seen.value;
    const value = select(state);
    last.current = { state, select, value };
    return value;
  });
}
