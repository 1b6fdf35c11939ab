/**
 * A database whose revision bodies were written by report schema version 1 (the database schema itself
 * current): after the upgrade every report opens, lists (not damaged) and reads back, every
 * revision of its history included, with nothing lost; reading rewrites no stored byte.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/services/store';
import { reportSchema, setCell, upgradeReport, type Report } from '../../../shared/report';
import { integrity, openIn, removeTempDirs, tempDir } from '../store/helpers';
import { v1Body } from './fixtures';

afterEach(removeTempDirs);

/** A version-1 body edited as JSON (the old shape, never passed through the current code). */
function v1Variant(year: number, intro: string): string {
  return JSON.stringify({ ...v1Body(), year, intro });
}

const current = (v1Text: string): Report => reportSchema.parse(upgradeReport(JSON.parse(v1Text)).data);

describe('a database holding version-1 report bodies', () => {
  it('opens, lists and reads every report and every revision after the upgrade', async () => {
    const dir = tempDir('upgrade');
    const path = join(dir, DATABASE_FILE);

    // the rows as today's store lays them out: two years of one organ, the later one with three revisions
    const store = openIn(dir);
    const seed = current(v1Variant(2024, '稿'));
    await store.importReport(seed, 'final', false);
    const later = await store.importReport({ ...seed, year: 2025 }, 'draft', false);
    await store.saveReport(later.id, setCell({ ...seed, year: 2025 }, 'T2.licensing.decisions', '1'));
    await store.saveReport(later.id, setCell({ ...seed, year: 2025 }, 'T2.licensing.decisions', '2'));
    store.close();

    // …then every revision body replaced by a body of the version-1 shape
    const expected = new Map<number, Report>();
    const raw = new Database(path);
    const revisions = raw
      .prepare('SELECT r.id, p.year FROM revisions r JOIN reports p ON p.id = r.report_id ORDER BY r.id')
      .all() as Array<{ id: number; year: number }>;
    expect(revisions).toHaveLength(4);
    const update = raw.prepare('UPDATE revisions SET body = ?, hash = ?, bytes = ? WHERE id = ?');
    for (const { id, year } of revisions) {
      const text = v1Variant(year, `第${id}稿`);
      const body = deflateRawSync(Buffer.from(text, 'utf8'));
      update.run(body, createHash('sha256').update(text).digest('hex'), body.length, id);
      expect(JSON.parse(text).schemaVersion).toBe(1);
      expect('format' in JSON.parse(text)).toBe(false);
      expected.set(id, current(text));
    }
    const bodiesBefore = raw.prepare('SELECT id, body FROM revisions ORDER BY id').all();
    raw.close();

    const reopened = openIn(dir);
    const list = await reopened.listReports();
    expect(list.map((r) => [r.year, r.damaged ?? false])).toEqual(
      expect.arrayContaining([
        [2024, false],
        [2025, false],
      ]),
    );
    expect(list).toHaveLength(2);
    for (const summary of list) {
      const record = await reopened.openReport(summary.id);
      expect(record.report.format).toBe('2021');
      expect(record.report).toEqual(expected.get(record.revisionId));
      const history = await reopened.history(summary.id);
      for (const revision of history) {
        const report = await reopened.revisionReport(summary.id, revision.id);
        expect(report).toEqual(expected.get(revision.id));
        expect(report.intro).toBe(`第${revision.id}稿`);
      }
    }
    expect((await reopened.history(later.id)).length).toBe(3);
    reopened.close();

    // reading upgraded what it returned, not what is stored
    const after = new Database(path, { readonly: true });
    expect(after.prepare('SELECT id, body FROM revisions ORDER BY id').all()).toEqual(bodiesBefore);
    after.close();
    expect(integrity(path)).toBe('ok');
  });

  it('a saved edit of an upgraded report is stored in the current shape', async () => {
    const dir = tempDir('upgrade');
    const store = openIn(dir);
    const seed = current(v1Variant(2025, '稿'));
    const record = await store.importReport(seed, 'draft', false);
    store.close();
    const raw = new Database(join(dir, DATABASE_FILE));
    const text = v1Variant(2025, '旧稿');
    raw
      .prepare('UPDATE revisions SET body = ?, hash = ? WHERE report_id = ?')
      .run(deflateRawSync(Buffer.from(text)), createHash('sha256').update(text).digest('hex'), record.id);
    raw.close();

    const reopened = openIn(dir);
    const opened = await reopened.openReport(record.id);
    expect(opened.report.intro).toBe('旧稿');
    const saved = await reopened.saveReport(record.id, { ...opened.report, intro: '新稿' }, opened.revisionId);
    reopened.close();
    const check = new Database(join(dir, DATABASE_FILE), { readonly: true });
    const body = check.prepare('SELECT body FROM revisions WHERE id = ?').pluck().get(saved.revisionId) as Buffer;
    check.close();
    const stored = JSON.parse(inflateRawSync(body).toString('utf8')) as unknown;
    expect(stored).toMatchObject({ schemaVersion: 2, format: '2021', intro: '新稿' });
  });
});
