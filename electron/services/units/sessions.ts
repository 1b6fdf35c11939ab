/**
 * The checks the 多单位核对 page works on: the checked files of one selection, kept in this process
 * (rows, reports) until the page starts another. Bounded: a few selections, each of at most
 * UNITS_SESSION_MAX files; the oldest selection is forgotten first.
 */
import { randomUUID } from 'node:crypto';
import { ApiError, UNITS_SESSION_MAX } from '../../../shared/api';
import type { CheckedFile } from './check-file';
import { overviewOf, type CheckedUnit } from './check-units';

/** Selections kept at once: the page works on one; a second window or a reload may hold another. */
export const UNITS_SESSIONS_KEPT = 4;

export interface UnitSession {
  id: string;
  entries: Array<{ display: string; result: CheckedFile }>;
  /** the overview of entries, recomputed when files are added (pairing looks at all of them) */
  units: CheckedUnit[];
}

export const SESSION_GONE = '这次核对的结果已不在内存中（程序重启或开始了新的核对），请重新选择报告文件';

export class UnitSessions {
  private sessions = new Map<string, UnitSession>();

  constructor(private readonly today: () => { year: number; month: number; day: number }) {}

  create(): UnitSession {
    const session: UnitSession = { id: randomUUID(), entries: [], units: [] };
    this.sessions.set(session.id, session);
    while (this.sessions.size > UNITS_SESSIONS_KEPT) this.sessions.delete(this.sessions.keys().next().value!);
    return session;
  }

  get(id: string): UnitSession {
    const session = this.sessions.get(id);
    if (!session) throw new ApiError('NOT_FOUND', SESSION_GONE);
    return session;
  }

  add(session: UnitSession, entries: ReadonlyArray<{ display: string; result: CheckedFile }>): void {
    if (session.entries.length + entries.length > UNITS_SESSION_MAX)
      throw new ApiError('INVALID_ARGS', `一次最多核对 ${UNITS_SESSION_MAX} 个文件，请分批核对`);
    session.entries.push(...entries);
    session.units = overviewOf(session.entries, { today: this.today() });
  }
}
