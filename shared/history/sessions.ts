/**
 * Autosave writes a revision every few seconds of typing; the clerk thinks in sittings. Revisions closer
 * together than SESSION_GAP_MS are one editing session; the list shows sessions, newest first.
 */

/** A pause longer than this (coffee, a phone call, the next day) starts a new session. */
export const SESSION_GAP_MS = 15 * 60 * 1000;

export interface RevisionStamp {
  id: number;
  createdAt: string;
}

export interface Session<R extends RevisionStamp = RevisionStamp> {
  /** newest first, as the store lists them */
  revisions: R[];
  /** the newest revision of the session: what restoring the session gives back */
  last: R;
  first: R;
}

/** Groups revisions (given newest first, as history() returns them) into sessions, newest first. */
export function groupSessions<R extends RevisionStamp>(revisions: readonly R[], gapMs = SESSION_GAP_MS): Session<R>[] {
  const out: Session<R>[] = [];
  let current: R[] = [];
  const close = () => {
    if (current.length > 0) out.push({ revisions: current, last: current[0]!, first: current[current.length - 1]! });
    current = [];
  };
  let newer: R | null = null;
  for (const r of revisions) {
    if (newer) {
      const gap = Date.parse(newer.createdAt) - Date.parse(r.createdAt);
      // an unreadable time or a clock that went backwards: keep apart rather than merge silently
      if (!(gap >= 0 && gap <= gapMs)) close();
    }
    current.push(r);
    newer = r;
  }
  close();
  return out;
}
