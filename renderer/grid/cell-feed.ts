/**
 * What each table cell shows, handed out by cell from one subscription to the live store. Every change
 * of the live state (twice per keystroke: the totals, then the findings) is compared here once per shown
 * cell, with plain comparisons (a cell without findings before and after costs two map look-ups), and
 * only the cells whose own view changed are told. Cells subscribing to the store one by one made every
 * change run some 600 selectors (value, findings, suggestion of 200 cells) and React check each of them.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { parseCellId, type CellId } from '../../shared/format';
import type { Cell } from '../../shared/report';
import { findingViews, type FindingView } from '../checks/findings-view';
import type { LiveState, LiveStore } from '../report/live-store';

export interface CellView {
  /** the typed value, or for a derived cell the computed total */
  value: Cell;
  findings: readonly FindingView[];
  /** the value the format implies from last year's report, with why */
  suggestion: { value: string; reason: string } | null;
}

const NO_FINDINGS: readonly FindingView[] = [];

interface Entry {
  derived: boolean;
  read: (s: LiveState) => Cell;
  view: CellView;
  /** the live state the view was read from */
  at: LiveState;
  listeners: Set<() => void>;
}

function reader(id: CellId, derived: boolean): (s: LiveState) => Cell {
  if (derived) return (s) => s.derived.get(id) ?? null;
  const { table, row, column } = parseCellId(id)!;
  return (s) => s.report.tables[table][row]?.[column] ?? null;
}

function findingsOf(s: LiveState, id: CellId): readonly FindingView[] {
  if (!s.byCell.has(id)) return NO_FINDINGS;
  const findings = findingViews(s, { cell: id });
  return findings.length === 0 ? NO_FINDINGS : findings;
}

function sameCells(a: readonly CellId[], b: readonly CellId[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Field by field: what a cell shows of its findings is the same (no text is made to compare them). */
export function sameFindings(a: readonly FindingView[], b: readonly FindingView[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.key !== y.key ||
      x.id !== y.id ||
      x.severity !== y.severity ||
      x.section !== y.section ||
      x.message !== y.message ||
      x.acknowledged !== y.acknowledged ||
      x.explanation !== y.explanation ||
      !sameCells(x.cells, y.cells)
    )
      return false;
  }
  return true;
}

function suggestionOf(s: LiveState, id: CellId): CellView['suggestion'] {
  const x = s.suggestions.get(id);
  return x ? { value: x.value, reason: x.reason } : null;
}

function sameSuggestion(a: CellView['suggestion'], b: CellView['suggestion']): boolean {
  return a === b || (a !== null && b !== null && a.value === b.value && a.reason === b.reason);
}

export class CellFeed {
  private readonly entries = new Map<CellId, Entry>();
  private last: LiveState;

  constructor(private readonly store: LiveStore) {
    this.last = store.get();
    store.subscribe(() => this.update(store.get()));
  }

  /** The cell's view: the same object until something the cell shows changes. */
  view(id: CellId, derived: boolean): CellView {
    const s = this.store.get();
    let entry = this.entries.get(id);
    if (!entry) {
      const read = reader(id, derived);
      entry = {
        derived,
        read,
        view: { value: read(s), findings: findingsOf(s, id), suggestion: derived ? null : suggestionOf(s, id) },
        at: s,
        listeners: new Set(),
      };
      this.entries.set(id, entry);
    } else if (entry.at !== s) {
      // not followed while nobody listened (between a render and its subscription): bring it up to date
      this.refresh(entry, id, entry.at, s);
    }
    return entry.view;
  }

  subscribe(id: CellId, derived: boolean, listener: () => void): () => void {
    this.view(id, derived);
    const entry = this.entries.get(id)!;
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0 && this.entries.get(id) === entry) this.entries.delete(id);
    };
  }

  private update(next: LiveState): void {
    const prev = this.last;
    this.last = next;
    const told: Array<() => void> = [];
    for (const [id, entry] of this.entries) {
      if (entry.listeners.size === 0) continue;
      if (this.refresh(entry, id, prev, next)) for (const l of entry.listeners) told.push(l);
    }
    for (const l of told) l();
  }

  /** Reads what changed between two states into the entry; true if its view is a new object. */
  private refresh(entry: Entry, id: CellId, prev: LiveState, next: LiveState): boolean {
    const old = entry.view;
    entry.at = next;
    const value = prev.report === next.report && prev.derived === next.derived ? old.value : entry.read(next);
    let findings = old.findings;
    // a new run of the rules (or new acknowledgements) can change what a cell says; a cell without
    // findings before and after is two look-ups
    if (
      prev.findings !== next.findings ||
      prev.acknowledged !== next.acknowledged ||
      prev.checked !== next.checked ||
      prev.byCell !== next.byCell
    ) {
      if (findings.length > 0 || next.byCell.has(id)) {
        const now = findingsOf(next, id);
        if (!sameFindings(now, findings)) findings = now;
      }
    }
    let suggestion = old.suggestion;
    if (!entry.derived && prev.suggestions !== next.suggestions) {
      const now = suggestionOf(next, id);
      if (!sameSuggestion(now, suggestion)) suggestion = now;
    }
    if (value === old.value && findings === old.findings && suggestion === old.suggestion) return false;
    entry.view = { value, findings, suggestion };
    return true;
  }
}

const FEEDS = new WeakMap<LiveStore, CellFeed>();

/** The one feed of an open report's live store (made on first use, gone with the store). */
export function cellFeed(store: LiveStore): CellFeed {
  let feed = FEEDS.get(store);
  if (!feed) FEEDS.set(store, (feed = new CellFeed(store)));
  return feed;
}

/** What one cell shows, re-rendering the cell only when that changes. */
export function useCellView(store: LiveStore, id: CellId, derived: boolean): CellView {
  const feed = cellFeed(store);
  const subscribe = useCallback((listener: () => void) => feed.subscribe(id, derived, listener), [feed, id, derived]);
  const snapshot = useCallback(() => feed.view(id, derived), [feed, id, derived]);
  return useSyncExternalStore(subscribe, snapshot);
}
