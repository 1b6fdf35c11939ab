/**
 * The history as editing sessions (shared/history), each saying what it changed: the session's last
 * revision compared with the revision just before the session (or with the first one, for the session
 * that created the report).
 */
import type { Handlers, HistorySession } from '../../shared/api';
import { describeChange, diffReports } from '../../shared/history/diff';
import { groupSessions } from '../../shared/history/sessions';
import type { Report } from '../../shared/report';
import type { Store } from './store/types';

/** Sessions listed at most: a report edited daily for years stays a list one can read (and answer fast). */
export const MAX_SESSIONS = 200;

export function createHistoryHandlers(store: Store): Pick<Handlers, 'reports.sessions'> {
  return {
    'reports.sessions': async ({ reportId }) => {
      // awaited: the store is becoming asynchronous (its own process); a plain value awaits the same
      const revisions = await store.history(reportId);
      const bodies = new Map<number, Report>();
      const body = async (id: number) => {
        let r = bodies.get(id);
        if (!r) bodies.set(id, (r = await store.revisionReport(reportId, id)));
        return r;
      };
      const oldest = revisions[revisions.length - 1];
      const out: HistorySession[] = [];
      for (const [i, session] of groupSessions(revisions).slice(0, MAX_SESSIONS).entries()) {
        const before = revisions[revisions.indexOf(session.first) + 1] ?? session.first;
        const diff = diffReports(await body(before.id), await body(session.last.id));
        out.push({
          revisionId: session.last.id,
          startedAt: session.first.createdAt,
          endedAt: session.last.createdAt,
          revisions: session.revisions.map((r) => ({ id: r.id, createdAt: r.createdAt })),
          current: i === 0,
          created: session.first === oldest,
          changes: diff.changes.map((c) => ({
            place: c.place,
            text: describeChange(c),
            cells: c.cells.length,
            texts: c.texts,
            fields: c.fields,
          })),
        });
      }
      return out;
    },
  };
}
