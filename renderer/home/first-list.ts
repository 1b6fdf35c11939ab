/**
 * The home list's data, asked for as the entry script is evaluated, before React renders: the
 * organs.list and reports.list requests then overlap React's first render instead of following it
 * (HTML → script → render → request → render again was a waterfall). Only for a start on the home page;
 * the first HomePage mount takes the answers once, every later load asks afresh.
 */
import type { Organ, ReportSummary } from '../../shared/api';
import { call } from '../api';
import { isHomeHash } from '../routes';

export type HomeLists = [Organ[], ReportSummary[]];

let early: Promise<HomeLists> | null = null;

export function requestHomeListsEarly(hash = location.hash): void {
  if (!isHomeHash(hash) || early) return;
  early = Promise.all([call('organs.list', {}), call('reports.list', {})]);
  // a failure is reported by the HomePage that takes the promise; never as an unhandled rejection
  early.catch(() => undefined);
}

/** the lists asked for early (once), or fresh ones */
export function homeLists(): Promise<HomeLists> {
  const taken = early;
  early = null;
  return taken ?? Promise.all([call('organs.list', {}), call('reports.list', {})]);
}
