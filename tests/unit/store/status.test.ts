import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../shared/api';
import { setCell } from '../../../shared/report';
import { createStatusHandlers } from '../../../electron/services/status-handlers';
import { mengzhou2025, openIn, rawCount, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

async function setup(report = mengzhou2025()) {
  const store = openIn(tempDir());
  const record = await store.importReport(report, 'draft', false);
  const handlers = createStatusHandlers(store) as unknown as Handlers;
  const set = (status: string) => dispatch(handlers, 'reports.setStatus', { reportId: record.id, status });
  return { store, record, set };
}

describe('reports.setStatus', () => {
  it('marks a clean report 定稿 and back to 草稿, keeping every revision', async () => {
    const { store, record, set } = await setup();
    await store.saveReport(record.id, setCell(record.report, 'T2.rules.issued', '1'));
    const revisions = (await store.history(record.id)).length;
    expect(await set('final')).toEqual({ ok: true, value: { status: 'final' } });
    expect((await store.openReport(record.id)).status).toBe('final');
    expect((await store.listReports())[0]!.status).toBe('final');
    expect(await set('draft')).toEqual({ ok: true, value: { status: 'draft' } });
    expect((await store.openReport(record.id)).status).toBe('draft');
    expect(await store.history(record.id)).toHaveLength(revisions);
    expect(rawCount(store.path, 'SELECT COUNT(*) FROM revisions WHERE report_id = ?', record.id)).toBe(revisions);
    store.close();
  });

  it('refuses 定稿 while the final rules find errors (blank cells, a broken balance), with a way forward', async () => {
    const { store, record, set } = await setup(setCell(mengzhou2025(), 'T3.newReceived.natural', '130'));
    const result = await set('final');
    expect(result).toMatchObject({ ok: false, error: { code: 'HAS_ERRORS' } });
    expect((result as { error: { message: string } }).error.message).toMatch(
      /报告还有\d+项错误.*不能标记为定稿.*可以导出草稿/,
    );
    expect((await store.openReport(record.id)).status).toBe('draft');
    store.close();
  });
});
