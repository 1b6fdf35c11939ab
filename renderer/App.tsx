import { lazy, startTransition, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { call, messageOf, onMenuCommand } from './api';
import { HomePage } from './home/HomePage';
import { dropPrefetchedReport, loadReportPage, prefetchReport } from './report/first-open';
import { PANES } from './report/panes';
import type { PaneKey } from './report/section-state';
import { REPORT_HASH, UNITS_HASH } from './routes';

// The first screen is the home list: the editor (grid, rules, checks, export) and the many-units
// page are loaded when first opened, so the script read before the home list shows stays small. A start on
// a report's address has already asked for the editor's chunk (report/start-report-open.ts).
const ReportPage = lazy(() => loadReportPage().then((m) => ({ default: m.ReportPage })));
const UnitsPage = lazy(() => import('./units/UnitsPage').then((m) => ({ default: m.UnitsPage })));

type Route =
  { view: 'home' } | { view: 'units' } | { view: 'report'; reportId: number; pane: PaneKey; readOnly: boolean };

/**
 * #/report/12/requests (editing) or #/report/12/requests/view (read-only) — kept in the address so a
 * reload returns to the same place in the same mode.
 */
function parseHash(hash: string): Route {
  if (hash === UNITS_HASH) return { view: 'units' };
  const m = REPORT_HASH.exec(hash);
  if (!m) return { view: 'home' };
  const pane = PANES.some((p) => p.key === m[2]) ? (m[2] as PaneKey) : 'meta';
  return { view: 'report', reportId: Number(m[1]), pane, readOnly: m[3] !== undefined || m[2] === 'view' };
}

function toHash(route: Route): string {
  if (route.view === 'home') return '#/';
  if (route.view === 'units') return UNITS_HASH;
  return `#/report/${route.reportId}/${route.pane}${route.readOnly ? '/view' : ''}`;
}

const LOADING = <p className="loading">正在载入…</p>;

/** the page a route shows: a new one mounts when this changes (a pane of the same report is not a new page) */
function pageOf(route: Route): string {
  return route.view === 'report' ? `report:${route.reportId}:${route.readOnly ? 'view' : 'edit'}` : route.view;
}

export function App() {
  const [route, setRoute] = useState<Route>(() => parseHash(location.hash));
  const [recovery, setRecovery] = useState<string | null>(null);
  const shown = useRef(route);

  const go = useCallback((next: Route) => {
    history.replaceState(null, '', toHash(next));
    const samePage = pageOf(next) === pageOf(shown.current);
    shown.current = next;
    if (samePage || next.view === 'home') {
      dropPrefetchedReport();
      setRoute(next);
      return;
    }
    // the report and the editor's chunk at once, instead of the request waiting for the chunk to run
    if (next.view === 'report') prefetchReport(next.reportId);
    // a lazy page: the current one stays until the next one's chunk has run, instead of a fallback that
    // React then keeps on screen for at least 300 ms
    startTransition(() => setRoute(next));
  }, []);
  const reportId = route.view === 'report' ? route.reportId : 0;
  const readOnly = route.view === 'report' && route.readOnly;
  const onPane = useCallback(
    (pane: PaneKey) => go({ view: 'report', reportId, pane, readOnly }),
    [go, reportId, readOnly],
  );
  const onHome = useCallback(() => go({ view: 'home' }), [go]);
  // stable, so that App's own updates (app.info's answer) do not render the home list again
  const onUnits = useCallback(() => go({ view: 'units' }), [go]);
  const onOpenReport = useCallback(
    (id: number) => go({ view: 'report', reportId: id, pane: 'meta', readOnly: false }),
    [go],
  );
  const onViewReport = useCallback(
    (id: number) => go({ view: 'report', reportId: id, pane: 'meta', readOnly: true }),
    [go],
  );

  useEffect(() => {
    const onHash = () => {
      shown.current = parseHash(location.hash);
      dropPrefetchedReport();
      setRoute(shown.current);
    };
    window.addEventListener('hashchange', onHash);
    // the first render is a transition that may take a while on a slow machine: an address changed
    // before this listener was attached was not heard, so it is read once now
    if (toHash(parseHash(location.hash)) !== toHash(shown.current)) onHash();
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    call('app.info', {})
      .then((info) => {
        if (info.recovery) setRecovery(`${info.recovery.message}（原文件已移至：${info.recovery.movedTo}）`);
      })
      .catch((e) => setRecovery(`无法读取程序信息：${messageOf(e)}`));
  }, []);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'new' || command === 'open') {
          go({ view: 'home' });
          if (command === 'new') requestAnimationFrame(() => document.getElementById('new-organ')?.focus());
        }
      }),
    [go],
  );

  // the end-to-end tests wait for this before they act
  const markReady = useCallback(() => {
    document.documentElement.dataset.ready = '1';
  }, []);

  let page;
  if (route.view === 'report') {
    page = (
      <ReportPage
        // switching between viewing and editing starts a fresh editor on the stored report
        key={`${route.reportId}:${route.readOnly ? 'view' : 'edit'}`}
        reportId={route.reportId}
        readOnly={route.readOnly}
        onEdit={() => go({ view: 'report', reportId: route.reportId, pane: route.pane, readOnly: false })}
        onOpenReport={(id) => go({ view: 'report', reportId: id, pane: 'meta', readOnly: false })}
        pane={route.pane}
        onPane={onPane}
        onHome={onHome}
        onLoaded={markReady}
      />
    );
  } else if (route.view === 'units') {
    page = (
      <UnitsPage
        onHome={onHome}
        onOpenReport={(reportId) => go({ view: 'report', reportId, pane: 'meta', readOnly: false })}
        onLoaded={markReady}
      />
    );
  } else {
    page = (
      <HomePage
        recovery={recovery}
        onUnits={onUnits}
        onOpen={onOpenReport}
        onView={onViewReport}
        onLoaded={markReady}
      />
    );
  }
  // one boundary around every page, already showing the current one: a transition to a lazy page keeps
  // it on screen until the chunk has run (a boundary mounted with the new page would show its fallback)
  return <Suspense fallback={LOADING}>{page}</Suspense>;
}
