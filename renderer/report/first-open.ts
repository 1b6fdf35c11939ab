/**
 * A start on a report's address (#/report/12/requests) asks for the report and fetches the editor's
 * chunk as the entry script starts, both at once: they used to come one after the other (entry evaluated
 * → React's first render → the ReportPage chunk requested → run and mounted → reports.open requested),
 * three round trips in a row. The first ReportPage mount of that report takes the early answer once;
 * every later open asks afresh (an answer taken once is never shown twice, e.g. after a restore): App
 * asks as it routes to a report (prefetchReport), so the chunk and the answer come together there too.
 */
import type { ReportRecord } from '../../shared/api';
import { call } from '../api';
import { REPORT_HASH } from '../routes';

type ReportPageModule = typeof import('./ReportPage');

let early: { reportId: number; answer: Promise<ReportRecord>; answered?: ReportRecord } | null = null;
let chunk: Promise<ReportPageModule> | null = null;

/** the editor's chunk, fetched once (App's lazy ReportPage and the early start share it) */
export function loadReportPage(): Promise<ReportPageModule> {
  chunk ??= import('./ReportPage');
  return chunk;
}

/**
 * Asks for the report and the editor's chunk at once, for the ReportPage about to mount (the next
 * openReport of that report takes the answer). Started by App as it routes to a report.
 */
export function prefetchReport(reportId: number): void {
  const answer = call('reports.open', { reportId });
  const asked = { reportId, answer } as NonNullable<typeof early>;
  // kept as it arrives, so a page that mounts after it can start from it in its first render
  answer.then(
    (record) => (asked.answered = record),
    // a failure is reported by the ReportPage that takes the answer; never as an unhandled rejection
    () => undefined,
  );
  early = asked;
  // a chunk that fails to load is reported by React.lazy when App renders the page
  loadReportPage().catch(() => undefined);
}

/** a start on a report's address: as the entry script starts, before React */
export function openReportEarly(hash = location.hash): void {
  const m = REPORT_HASH.exec(hash);
  if (m && !early) prefetchReport(Number(m[1]));
}

/** leaving for another page before the report's page mounted: an answer kept now would be stale later */
export function dropPrefetchedReport(): void {
  early = null;
}

/** the early answer if it has already arrived (taken once), for a page's first render */
export function takeAnsweredReport(reportId: number): ReportRecord | null {
  const answered = early?.reportId === reportId ? early.answered : undefined;
  if (!answered) return null;
  early = null;
  return answered;
}

/** the report asked for early (once, for the same report), or a fresh answer */
export function openReport(reportId: number): Promise<ReportRecord> {
  const taken = early?.reportId === reportId ? early.answer : null;
  early = null;
  return taken ?? call('reports.open', { reportId });
}
