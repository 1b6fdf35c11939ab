import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../shared/api';
import { createStoreHandlers } from '../../../electron/services/store';
import { mengzhou2025, MENGZHOU, openIn, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

function bind(store: ReturnType<typeof openIn>) {
  // only the store's channels are bound here; the others are not called
  const handlers = createStoreHandlers(store) as unknown as Handlers;
  return (channel: string, args: unknown) => dispatch(handlers, channel, args);
}

describe('store handlers through dispatch', () => {
  it('runs the authoring round trip over the contract', async () => {
    const store = openIn(tempDir());
    const call = bind(store);
    const organ = await call('organs.save', { name: MENGZHOU, kind: '政府部门', region: '孟州市', rulesPower: false });
    expect(organ).toMatchObject({ ok: true, value: { name: MENGZHOU } });
    const organId = (organ as { value: { id: number } }).value.id;
    const created = await call('reports.create', { organId, year: 2025 });
    expect(created.ok).toBe(true);
    const reportId = (created as { value: { id: number } }).value.id;
    const saved = await call('reports.save', { reportId, report: mengzhou2025() });
    expect(saved).toMatchObject({ ok: true, value: { changed: true } });
    expect(await call('reports.list', {})).toMatchObject({
      ok: true,
      value: [{ id: reportId, year: 2025, errorCount: 0 }],
    });
    expect(await call('reports.history', { reportId })).toMatchObject({ ok: true, value: [{}, {}] });
    const next = await call('reports.newFromPrior', { reportId });
    expect(next).toMatchObject({ ok: true, value: { year: 2026 } });
    expect(await call('reports.exports', { reportId })).toEqual({ ok: true, value: [] });
    expect(await call('organs.list', {})).toMatchObject({ ok: true, value: [{ id: organId }] });
    expect(await call('backups.list', {})).toMatchObject({ ok: true });
    store.close();
  });

  it('turns store refusals into NOT_FOUND, CONFLICT and INVALID_ARGS envelopes with Chinese messages', async () => {
    const store = openIn(tempDir());
    const call = bind(store);
    expect(await call('reports.open', { reportId: 77 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '找不到该报告（编号 77），它可能已被删除' },
    });
    await call('reports.import', { report: mengzhou2025(), status: 'draft', replace: false });
    const again = await call('reports.import', { report: mengzhou2025(), status: 'draft', replace: false });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((again as { error: { message: string } }).error.message).toMatch(/已经存在/);
    const traversal = await call('backups.restore', { name: '../nianbao.sqlite' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    const badYear = await call('reports.create', { organId: 1, year: 1990 });
    expect(badYear).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', message: '参数不正确（year）：年度不正确' },
    });
    store.close();
  });

  it('restores a revision and a backup over the contract', async () => {
    const store = openIn(tempDir());
    const call = bind(store);
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    await store.saveReport(record.id, { ...mengzhou2025(), intro: '第二稿' });
    const restored = await call('reports.restore', { reportId: record.id, revisionId: record.revisionId });
    expect(restored).toMatchObject({ ok: true, value: { report: { intro: mengzhou2025().intro } } });
    const backup = await store.backup();
    await store.saveReport(record.id, { ...mengzhou2025(), intro: '第三稿' });
    expect(await call('backups.restore', { name: backup.name })).toEqual({ ok: true, value: {} });
    expect((await store.openReport(record.id)).report.intro).toBe(mengzhou2025().intro);
    store.close();
  });
});
