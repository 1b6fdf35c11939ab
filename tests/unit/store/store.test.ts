import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { setCell } from '../../../shared/report';
import { DATABASE_FILE } from '../../../electron/services/store';
import { fakeClock, mengzhou2025, MENGZHOU, openIn, rawCount, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

async function expectApiError(fn: () => unknown, code: string, text: RegExp) {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(code);
    expect((error as ApiError).message).toMatch(text);
    return;
  }
  throw new Error('expected an ApiError');
}

describe('organs', () => {
  it('creates, renames and lists organs; a duplicate name is a CONFLICT in Chinese', async () => {
    const store = openIn(tempDir());
    const a = await store.saveOrgan({
      name: '  孟州市人民政府  ',
      kind: '人民政府',
      region: '孟州市',
      rulesPower: false,
    });
    expect(a.name).toBe('孟州市人民政府');
    const b = await store.saveOrgan({ name: MENGZHOU, kind: '政府部门', region: '孟州市', rulesPower: false });
    await expectApiError(
      () => store.saveOrgan({ name: MENGZHOU, kind: '其他', region: '', rulesPower: false }),
      'CONFLICT',
      /已有名为“孟州市人民政府办公室”的机关/,
    );
    await expectApiError(
      () => store.saveOrgan({ id: a.id, name: MENGZHOU, kind: '人民政府', region: '', rulesPower: false }),
      'CONFLICT',
      /已有名为/,
    );
    const renamed = await store.saveOrgan({
      id: b.id,
      name: '孟州市政府办',
      kind: '政府部门',
      region: '孟州市',
      rulesPower: true,
    });
    expect(renamed).toEqual({ id: b.id, name: '孟州市政府办', kind: '政府部门', region: '孟州市', rulesPower: true });
    await expectApiError(
      () => store.saveOrgan({ id: 999, name: '不存在', kind: '其他', region: '', rulesPower: false }),
      'NOT_FOUND',
      /找不到该机关/,
    );
    expect((await store.listOrgans()).map((o) => o.name).sort()).toEqual(['孟州市人民政府', '孟州市政府办'].sort());
    store.close();
  });
});

describe('reports', () => {
  it('creates a blank report for an organ and year and refuses a second one', async () => {
    const store = openIn(tempDir());
    const organ = await store.saveOrgan({ name: MENGZHOU, kind: '政府部门', region: '孟州市', rulesPower: true });
    const record = await store.createReport(organ.id, 2025);
    expect(record.year).toBe(2025);
    expect(record.status).toBe('draft');
    expect(record.prior).toBeNull();
    expect(record.report.organ).toEqual({ name: MENGZHOU, kind: '政府部门', region: '孟州市', rulesPower: true });
    expect(record.report.tables.T3['newReceived']!['natural']).toBeNull();
    await expectApiError(
      () => store.createReport(organ.id, 2025),
      'CONFLICT',
      /“孟州市人民政府办公室”2025年的报告已经存在/,
    );
    await expectApiError(() => store.createReport(999, 2025), 'NOT_FOUND', /找不到该机关/);
    store.close();
  });

  it('autosaves each change as one revision, writes nothing for an unchanged save, and survives reopening', async () => {
    const dir = tempDir();
    const clock = fakeClock();
    let store = openIn(dir, clock.now);
    const organ = await store.saveOrgan({ name: MENGZHOU, kind: '政府部门', region: '孟州市', rulesPower: false });
    const created = await store.createReport(organ.id, 2025);
    const dbPath = join(dir, DATABASE_FILE);
    const report = mengzhou2025();

    clock.advance(1000);
    const first = await store.saveReport(created.id, report);
    expect(first.changed).toBe(true);
    expect(first.revisionId).toBeGreaterThan(created.revisionId);
    expect(first.savedAt).toBe(clock.now().toISOString());

    const revisionsBefore = rawCount(dbPath, 'SELECT count(*) FROM revisions');
    const seqBefore = rawCount(dbPath, "SELECT value FROM meta WHERE key = 'change_seq'");
    clock.advance(1000);
    const again = await store.saveReport(created.id, structuredClone(report));
    expect(again).toEqual({ revisionId: first.revisionId, changed: false, savedAt: first.savedAt });
    expect(rawCount(dbPath, 'SELECT count(*) FROM revisions')).toBe(revisionsBefore);
    expect(rawCount(dbPath, "SELECT value FROM meta WHERE key = 'change_seq'")).toBe(seqBefore);

    clock.advance(1000);
    const edited = setCell(report, 'T2.licensing.decisions', '3');
    const second = await store.saveReport(created.id, edited);
    expect(second.changed).toBe(true);
    expect(rawCount(dbPath, 'SELECT count(*) FROM revisions')).toBe(revisionsBefore + 1);
    store.close();

    store = openIn(dir, clock.now);
    const reopened = await store.openReport(created.id);
    expect(reopened.revisionId).toBe(second.revisionId);
    expect(reopened.report).toEqual(edited);
    expect((await store.history(created.id)).map((r) => r.id)).toEqual([
      second.revisionId,
      first.revisionId,
      created.revisionId,
    ]);
    store.close();
  });

  it('refuses a document that does not match the schema or the stored year, naming the problem', async () => {
    const store = openIn(tempDir());
    const organ = await store.saveOrgan({ name: MENGZHOU, kind: '政府部门', region: '', rulesPower: false });
    const created = await store.createReport(organ.id, 2025);
    const broken = { ...created.report, title: 'x'.repeat(500) };
    await expectApiError(() => store.saveReport(created.id, broken), 'INVALID_ARGS', /报告内容不符合格式（报告标题）/);
    await expectApiError(
      () => store.saveReport(created.id, { ...created.report, year: 2024 }),
      'INVALID_ARGS',
      /2024年.*2025年.*不一致/,
    );
    await expectApiError(() => store.saveReport(4242, created.report), 'NOT_FOUND', /找不到该报告/);
    store.close();
  });

  it('restores an older revision as a new revision, keeping the history', async () => {
    const clock = fakeClock();
    const store = openIn(tempDir(), clock.now);
    const organ = await store.saveOrgan({ name: MENGZHOU, kind: '政府部门', region: '', rulesPower: false });
    const created = await store.createReport(organ.id, 2025);
    clock.advance(1000);
    const v1 = await store.saveReport(created.id, mengzhou2025());
    clock.advance(1000);
    const v2 = await store.saveReport(created.id, { ...mengzhou2025(), intro: '改过的引言' });
    clock.advance(1000);
    const restored = await store.restore(created.id, v1.revisionId);
    expect(restored.revisionId).toBeGreaterThan(v2.revisionId);
    expect(restored.report).toEqual(mengzhou2025());
    expect((await store.history(created.id)).map((r) => r.id)).toEqual([
      restored.revisionId,
      v2.revisionId,
      v1.revisionId,
      created.revisionId,
    ]);
    await expectApiError(() => store.restore(created.id, 9999), 'NOT_FOUND', /没有编号为 9999 的历史版本/);
    store.close();
  });

  it('caches error and warning counts computed by the rules, and lists reports with them', async () => {
    const store = openIn(tempDir());
    const organ = await store.saveOrgan({ name: MENGZHOU, kind: '政府部门', region: '', rulesPower: false });
    const created = await store.createReport(organ.id, 2025);
    const blank = (await store.listReports())[0]!;
    // a new draft has nothing wrong yet: empty sections are 未填写, an error only for a final
    expect(blank.errorCount).toBe(0);
    await store.saveReport(created.id, mengzhou2025());
    const [summary] = await store.listReports({ organId: organ.id });
    expect(summary).toMatchObject({
      id: created.id,
      organName: MENGZHOU,
      organKind: '政府部门',
      year: 2025,
      status: 'draft',
      errorCount: 0,
    });
    const unbalanced = setCell(mengzhou2025(), 'T3.newReceived.natural', '130');
    await store.saveReport(created.id, unbalanced);
    expect((await store.listReports())[0]!.errorCount).toBeGreaterThan(0);
    expect(await store.listReports({ organId: organ.id + 1 })).toEqual([]);
    store.close();
  });

  it('imports a report under its organ, found or created by name, and refuses to overwrite unless asked', async () => {
    const store = openIn(tempDir());
    const imported = await store.importReport(mengzhou2025(), 'final', false);
    expect(imported.year).toBe(2025);
    expect(imported.status).toBe('final');
    expect(await store.listOrgans()).toEqual([
      { id: imported.organId, name: MENGZHOU, kind: '政府部门', region: '孟州市', rulesPower: false },
    ]);
    await expectApiError(
      () => store.importReport(mengzhou2025(), 'draft', false),
      'CONFLICT',
      /2025年的报告已经存在.*替换/,
    );
    const changed = { ...mengzhou2025(), intro: '新版引言' };
    const replaced = await store.importReport(changed, 'draft', true);
    expect(replaced.id).toBe(imported.id);
    expect(replaced.status).toBe('draft');
    expect(replaced.report.intro).toBe('新版引言');
    expect(await store.history(imported.id)).toHaveLength(2);
    expect(await store.listOrgans()).toHaveLength(1);
    await expectApiError(
      () => store.importReport({ ...mengzhou2025(), year: null }, 'draft', false),
      'INVALID_ARGS',
      /没有年度/,
    );
    await expectApiError(
      () => store.importReport({ ...mengzhou2025(), organ: { ...mengzhou2025().organ, name: '' } }, 'draft', false),
      'INVALID_ARGS',
      /没有机关名称/,
    );
    store.close();
  });

  it('logs exports against a revision of the report', async () => {
    const store = openIn(tempDir());
    const record = await store.importReport(mengzhou2025(), 'draft', false);
    const entry = await store.logExport({
      reportId: record.id,
      revisionId: record.revisionId,
      kind: 'docx',
      final: true,
      path: '/tmp/a.docx',
      sha256: 'ab'.repeat(32),
    });
    expect(entry).toMatchObject({
      reportId: record.id,
      revisionId: record.revisionId,
      kind: 'docx',
      final: true,
      path: '/tmp/a.docx',
    });
    expect(await store.listExports(record.id)).toEqual([entry]);
    await expectApiError(
      () =>
        store.logExport({
          reportId: record.id,
          revisionId: 9999,
          kind: 'pdf',
          final: false,
          path: '/tmp/a.pdf',
          sha256: '',
        }),
      'NOT_FOUND',
      /没有编号为 9999 的版本/,
    );
    store.close();
  });

  it('sets the status, and a final report counts blank cells as errors (CELL-REQUIRED)', async () => {
    const store = openIn(tempDir());
    const record = await store.importReport(setCell(mengzhou2025(), 'T2.licensing.decisions', null), 'draft', false);
    const draftErrors = (await store.listReports())[0]!.errorCount;
    await store.setStatus(record.id, 'final');
    expect((await store.openReport(record.id)).status).toBe('final');
    expect((await store.listReports())[0]!.errorCount).toBeGreaterThan(draftErrors);
    store.close();
  });
});
