import { afterEach, describe, expect, it } from 'vitest';
import { CONTRACT, dispatch, type Handlers } from '../../../shared/api';
import { setCell } from '../../../shared/report';
import { createHistoryHandlers } from '../../../electron/services/history-handlers';
import { fakeClock, HOUR, mengzhou2025, openIn, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

describe('reports.sessions', () => {
  it('groups autosaves into sessions, each saying what it changed, from the real revisions', async () => {
    const clock = fakeClock();
    const store = openIn(tempDir(), clock.now);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    clock.advance(2 * HOUR);
    let r = setCell(record.report, 'T3.disclosed.natural', '77');
    await store.saveReport(record.id, r);
    clock.advance(60_000);
    r = setCell(r, 'T3.disclosed.commercial', '1');
    await store.saveReport(record.id, r);
    clock.advance(3 * HOUR);
    r = { ...r, prose: { ...r.prose, overview: { ...r.prose.overview, request: '新的一段。' } } };
    await store.saveReport(record.id, r);

    const handlers = createHistoryHandlers(store) as unknown as Handlers;
    const result = await dispatch(handlers, 'reports.sessions', { reportId: record.id });
    expect(result.ok).toBe(true);
    const sessions = CONTRACT['reports.sessions'].result.parse((result as { value: unknown }).value);
    expect(sessions.map((s) => [s.revisions.length, s.current, s.created])).toEqual([
      [1, true, false],
      [2, false, false],
      [1, false, true],
    ]);
    expect(sessions[0]!.changes.map((c) => c.text)).toEqual(['一、总体情况：1 段文字']);
    // the session's own changes only, against the revision before it
    expect(sessions[1]!.changes.map((c) => [c.place, c.cells])).toEqual([['requests', 2]]);
    expect(sessions[1]!.revisionId).toBe(sessions[1]!.revisions[0]!.id);
    expect(sessions[2]!.changes).toEqual([]);
    // restoring the middle session's end gives back its content, and the list grows by the restore
    await store.restore(record.id, sessions[1]!.revisionId);
    expect((await store.openReport(record.id)).report.prose.overview['request']).toBe(
      record.report.prose.overview['request'],
    );
    store.close();
  });
});
