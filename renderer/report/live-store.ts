/**
 * What the report looks like right now, with its derived totals and findings, kept outside React so
 * that each cell, total and counter subscribes to exactly the slice it shows (typing one cell must
 * not re-render the grid).
 */
import { useSyncExternalStore } from 'react';
import type { CellId } from '../../shared/format';
import { deriveTotals, setCells, type Cell, type Report } from '../../shared/report';
import { runRules, suggestValues, type Finding, type Suggestion } from '../../shared/rules';

export interface LiveState {
  report: Report;
  derived: ReadonlyMap<CellId, Cell>;
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

function compute(values: Report, prior: Report | null, deadline: boolean): LiveState {
  // the form mutates its values in place: the store keeps its own copy
  const raw = structuredClone(values);
  const derived = deriveTotals(raw);
  const report = setCells(raw, derived);
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
  return { report, derived, findings, open, acknowledged, byCell, suggestions };
}

export class LiveStore {
  private state: LiveState;
  private readonly listeners = new Set<() => void>();
  private pending: Report | null = null;
  private deadline: boolean;

  constructor(
    report: Report,
    readonly prior: Report | null,
    status: 'draft' | 'final' = 'draft',
  ) {
    this.deadline = status === 'draft';
    this.state = compute(report, prior, this.deadline);
  }

  /** 标记为定稿 / 撤回为草稿: the deadline line comes and goes with it. */
  setStatus(status: 'draft' | 'final'): void {
    this.deadline = status === 'draft';
    this.set(this.pending ?? this.state.report);
  }

  get = (): LiveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Recompute now (used after reset, restore and paste). */
  set(report: Report): void {
    this.pending = null;
    this.state = compute(report, this.prior, this.deadline);
    for (const l of this.listeners) l();
  }

  /** Coalesce a burst of keystrokes or a paste of many cells into one recomputation per frame. */
  schedule(report: Report): void {
    const first = this.pending === null;
    this.pending = report;
    if (first) {
      queueMicrotask(() => {
        if (this.pending) this.set(this.pending);
      });
    }
  }
}

/** Subscribe to one slice; the selector must return a primitive or a value that is stable between updates. */
export function useLive<T>(store: LiveStore, select: (s: LiveState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
