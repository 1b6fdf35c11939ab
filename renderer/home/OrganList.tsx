/**
 * The home page's organs and their reports, windowed: with 1,000 reports only the cards near the
 * viewport are mounted (use-window.ts), so the first paint and every later one cost the same whatever
 * is stored. Past FILTER_FROM_REPORTS a filter over all of them stands in for the browser's find,
 * which cannot see cards that are not mounted.
 */
import { useCallback, useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Organ, ReportSummary } from '../../shared/api';
import { filterOrgans, FILTER_FROM_REPORTS, groupByOrgan } from './filter-organs';
import { useBlockWindow, WINDOW_KEY_ATTRIBUTE } from './use-window';

/** before a card is measured: its heading and table head, and one line per report (measured after) */
const CARD_ESTIMATE_PX = 110;
const ROW_ESTIMATE_PX = 42;

export function OrganList({
  organs,
  reports,
  children,
}: {
  organs: readonly Organ[];
  reports: readonly ReportSummary[];
  children: (organ: Organ, reports: ReportSummary[]) => ReactNode;
}) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const groups = useMemo(() => groupByOrgan(organs, reports), [organs, reports]);
  const shown = useMemo(() => filterOrgans(groups, deferredQuery), [groups, deferredQuery]);
  const keys = useMemo(() => shown.map((g) => String(g.organ.id)), [shown]);
  // a new list (a filter, a reload) is measured again: its cards may hold other reports
  const estimate = useCallback(
    (index: number) => CARD_ESTIMATE_PX + Math.max(1, shown[index]!.reports.length) * ROW_ESTIMATE_PX,
    [shown],
  );
  const container = useRef<HTMLDivElement>(null);
  const view = useBlockWindow(container, keys, estimate);
  const filterable = reports.length > FILTER_FROM_REPORTS;
  const shownReports = shown.reduce((n, g) => n + g.reports.length, 0);

  return (
    <>
      {filterable ? (
        <div className="list-filter">
          <input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-label="筛选报告"
            placeholder="按机关名称或年度筛选，如“交通”或“2025”"
          />
          <span className="muted small-text" role="status">
            {query.trim() === ''
              ? `共 ${organs.length} 个机关、${reports.length} 份报告`
              : `找到 ${shown.length} 个机关、${shownReports} 份报告`}
          </span>
        </div>
      ) : null}
      {filterable && shown.length === 0 ? <p className="muted">没有符合条件的报告，请换一个机关名称或年度。</p> : null}
      <div ref={container} onFocus={view.onFocus} data-window-measured={view.measured ? '1' : undefined}>
        <div style={{ height: view.before }} aria-hidden="true" />
        {shown.slice(view.first, view.end).map(({ organ, reports: ofOrgan }) => (
          // flow-root: the card's margin belongs to the measured height
          <div key={organ.id} {...{ [WINDOW_KEY_ATTRIBUTE]: String(organ.id) }} style={{ display: 'flow-root' }}>
            {children(organ, ofOrgan)}
          </div>
        ))}
        <div style={{ height: view.after }} aria-hidden="true" />
      </div>
    </>
  );
}
