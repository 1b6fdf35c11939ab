/**
 * The home list's data, asked for as the entry script is evaluated, before React renders: the
 * organs.list and reports.list requests then overlap React's first render instead of following it
 * (HTML → script → render → request → render again was a waterfall). Only for a start on the home page;
 * the first HomePage mount takes the answers once, every later load asks afresh. An answer that has
 * already come when HomePage first renders is shown by that very render (answeredHomeLists).
 */
import type { Organ, ReportSummary } from '../../shared/api';
import { call } from '../api';
import { isHomeHash } from '../routes';

export type HomeLists = [Organ[], ReportSummary[]];
export type HomeListsAnswer = { ok: true; lists: HomeLists } | { ok: false; error: unknown };

let early: Promise<HomeLists> | null = null;
let earlyAnswer: HomeListsAnswer | null = null;

export function requestHomeListsEarly(hash = location.hash): void {
  if (!isHomeHash(hash) || early) return;
  const asked = Promise.all([call('organs.list', {}), call('reports.list', {})]);
  early = asked;
  // noted as soon as it comes; a failure is reported by the HomePage that takes it, never as an unhandled rejection
  asked.then(
    (lists) => {
      if (early === asked) earlyAnswer = { ok: true, lists };
    },
    (error: unknown) => {
      if (early === asked) earlyAnswer = { ok: false, error };
    },
  );
}

/**
 * How long React's first render waits for the lists asked for early. Their answer is usually there by
 * the time the entry script has been evaluated (reports.list answers in 27 / 62 ms at 1× / 4× with
 * 1,000 reports; the evaluation takes longer), and a first render that holds them draws the page once,
 * list included, instead of an empty page and then the list. Short, so that a store still starting
 * (the app's very first seconds) does not keep the window blank: after it the page renders without them.
 */
export const FIRST_RENDER_WAIT_MS = 100;

/** runs `render` once the early lists have answered or after FIRST_RENDER_WAIT_MS, whichever is first; at once if none were asked for */
export function afterEarlyHomeLists(render: () => void): void {
  const asked = early;
  if (!asked) return render();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    render();
  };
  const timer = setTimeout(once, FIRST_RENDER_WAIT_MS);
  // after the handlers requestHomeListsEarly added: the answer is noted before the render reads it
  asked.then(once, once);
}

/** the early answer if it has already come, not taken yet (the first render reads it; homeLists() takes it) */
export function answeredHomeLists(): HomeListsAnswer | null {
  return earlyAnswer;
}

/** the early answer was shown by the first render: later loads ask afresh */
export function dropEarlyHomeLists(): void {
  early = null;
  earlyAnswer = null;
}

/** the lists asked for early (once), or fresh ones */
export function homeLists(): Promise<HomeLists> {
  const taken = early;
  early = null;
  earlyAnswer = null;
  return taken ?? Promise.all([call('organs.list', {}), call('reports.list', {})]);
}
