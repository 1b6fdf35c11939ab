/**
 * What the report looks like right now, with its derived totals and findings, kept outside React so
 * that each cell, total and counter subscribes to exactly the slice it shows (typing one cell must
 * not re-render the grid).
 *
 * A keystroke is answered in two steps. The totals are derived at once, before the browser paints, so
 * the total beside the typed number is right in the very frame that shows the number. The rules run
 * right after that frame is painted (one frame later, a burst of keystrokes coalesced into one run):
 * finding marks and messages follow within a frame, and the keystroke itself never waits for them.
 * Code outside rendering that acts on the findings (export, print, paste) reads `current()`, which
 * runs pending rules first, so it never acts on findings one keystroke old.
 */
import { useRef, useSyncExternalStore } from 'react';
import type { CellId } from '../../shared/format';
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

type Totals = Pick<LiveState, 'report' | 'derived'>;
type Checked = Omit<LiveState, 'report' | 'derived'>;

function withTotals(values: Report): Totals {
  const raw = copyValues(values);
  const derived = deriveTotals(raw);
  return { report: setCells(raw, derived), derived };
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

/** How long the rules may wait for a frame when none comes (a hidden window paints no frames). */
const RULES_LATEST_MS = 100;

/** Runs the job once, right after the next frame is painted, or after RULES_LATEST_MS without frames. */
function afterNextPaint(job: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    job();
  };
  const fallback = setTimeout(once, RULES_LATEST_MS);
  requestAnimationFrame(() => {
    // a message posted from the frame callback is delivered once that frame has been painted
    const channel = new MessageChannel();
    channel.port1.onmessage = once;
    channel.port2.postMessage(null);
  });
}

export class LiveStore {
  private state: LiveState;
  private readonly listeners = new Set<() => void>();
  /** values typed since the totals were last derived */
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
    const totals = withTotals(report);
    this.state = { ...totals, ...check(totals.report, prior, this.deadline) };
  }

  /** 标记为定稿 / 撤回为草稿: the deadline line comes and goes with it. */
  setStatus(status: 'draft' | 'final'): void {
    this.deadline = status === 'draft';
    this.set(this.pending ?? this.state.report);
  }

  /** For rendering: may hold findings one frame older than the report (see the file comment). */
  get = (): LiveState => this.state;

  /** For acting on the findings (export, print, paste): the pending totals and rules are run first. */
  current(): LiveState {
    if (this.pending) this.deriveNow();
    if (this.unchecked) this.checkNow();
    return this.state;
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
    this.pending = null;
    this.unchecked = false;
    const totals = withTotals(report);
    this.publish({ ...totals, ...check(totals.report, this.prior, this.deadline) });
  }

  /**
   * A value changed: the totals are derived in a microtask (a paste of many cells or a burst of
   * events is one derivation, still before the frame is painted), the rules after that frame.
   */
  schedule(report: Report): void {
    const first = this.pending === null;
    this.pending = report;
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
    if (firstUnchecked) afterNextPaint(() => this.checkNow());
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
