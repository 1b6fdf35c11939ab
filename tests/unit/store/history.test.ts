import { afterEach, describe, expect, it } from 'vitest';
import { setCell } from '../../../shared/report';
import { FULL_HISTORY_DAYS } from '../../../electron/services/store';
import { DAY, fakeClock, HOUR, mengzhou2025, openIn, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

function calendarDay(iso: string): string {
  const d = new Date(iso);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].join('/');
}

describe('bounded history', () => {
  it('keeps every revision of the last days, one per day before that, the newest and any exported one', async () => {
    expect(FULL_HISTORY_DAYS).toBe(3);
    const clock = fakeClock('2026-01-01T00:00:00.000Z');
    const store = openIn(tempDir(), clock.now);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const saved: Array<{ id: number; at: string }> = [{ id: record.revisionId, at: clock.now().toISOString() }];
    let exported = 0;
    let exportedValue = '';
    let n = 0;
    for (let day = 0; day < 12; day++) {
      for (let k = 0; k < 6; k++) {
        clock.advance(HOUR);
        const r = await store.saveReport(record.id, setCell(mengzhou2025(), 'T2.licensing.decisions', String(++n)));
        saved.push({ id: r.revisionId, at: r.savedAt });
        if (day === 2 && k === 1) {
          exported = r.revisionId;
          exportedValue = String(n);
          await store.logExport({
            reportId: record.id,
            revisionId: r.revisionId,
            kind: 'pdf',
            final: false,
            path: '/tmp/x.pdf',
            sha256: '00',
          });
        }
      }
      clock.advance(18 * HOUR);
    }
    const now = clock.now().getTime();
    // one more save, so the thinning runs at "now"
    const last = await store.saveReport(record.id, setCell(mengzhou2025(), 'T2.licensing.decisions', 'last'));
    saved.push({ id: last.revisionId, at: last.savedAt });

    const cutoff = now - 3 * DAY;
    const recent = saved.filter((s) => Date.parse(s.at) >= cutoff).map((s) => s.id);
    const lastOfOldDays = new Map<string, number>();
    for (const s of saved) if (Date.parse(s.at) < cutoff) lastOfOldDays.set(calendarDay(s.at), s.id);
    const expected = new Set([...recent, ...lastOfOldDays.values(), exported, last.revisionId]);

    const kept = (await store.history(record.id)).map((r) => r.id);
    expect(new Set(kept)).toEqual(expected);
    expect(kept).toContain(exported);
    expect(kept[0]).toBe(last.revisionId);
    expect(kept.length).toBeLessThan(saved.length / 2);
    // an exported revision can still be restored
    expect((await store.restore(record.id, exported)).report.tables.T2['licensing']!['decisions']).toBe(exportedValue);
    store.close();
  });

  it('stores revisions compactly', async () => {
    const store = openIn(tempDir());
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const [revision] = await store.history(record.id);
    expect(revision!.bytes).toBeLessThan(Buffer.byteLength(JSON.stringify(mengzhou2025())) / 3);
    store.close();
  });
});
