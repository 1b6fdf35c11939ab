/**
 * A report of the 2019 试行 edition through the real store (a SQLite file read back independently):
 * stored and read back with every 2019 cell as given, refused for editing, carried into a report file and
 * back, and the start of next year's report, which carries only what maps exactly and says what did not.
 * And a body written by a newer program: listed as 需要新版本, not 损坏.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/services/store';
import { ApiError } from '../../../shared/api';
import { CURRENT_EDITION, EDITION_2019, editionCell, T3_COLUMNS, type CellId } from '../../../shared/format';
import { anyReportSchema, getCell, setCell, type Report } from '../../../shared/report';
import { parseReportFile, serializeReportFile } from '../../../shared/report-file';
import { runRules } from '../../../shared/rules';
import { diffReports } from '../../../shared/history/diff';
import { report2019 } from '../../report-2019';
import { integrity, mengzhou2025, openIn, rawCount, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

/** The current body of a report, straight from the file: inflated and parsed, no store code involved. */
function storedBody(dbPath: string, reportId: number): Record<string, unknown> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const body = db
      .prepare('SELECT v.body FROM reports r JOIN revisions v ON v.id = r.revision_id WHERE r.id = ?')
      .pluck()
      .get(reportId) as Buffer;
    return JSON.parse(inflateRawSync(body).toString('utf8')) as Record<string, unknown>;
  } finally {
    db.close();
  }
}

const cellsOf = (report: Report): Array<[CellId, string | null]> =>
  EDITION_2019.cells.map((c) => [c.id, getCell(report, c.id)]);

async function expectRefusal(promise: Promise<unknown>, code: string, text: RegExp): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
  expect((error as ApiError).message).toMatch(text);
  return error as ApiError;
}

describe('a 2019 试行 report in the store', () => {
  it('is stored and read back from the SQLite file with every 2019 cell as given (generated reports)', async () => {
    const dir = tempDir('ed2019');
    const store = openIn(dir);
    const path = join(dir, DATABASE_FILE);
    const stored = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2019, max: 2020 }),
        async (seed, year) => {
          const report = report2019({ seed, year, organName: `试行格式机关${seed}` });
          // a seed drawn twice replaces its own report (the same organ and year)
          const imported = await store.importReport(report, 'final', true);
          stored.add(`${seed}:${year}`);
          expect(imported.report.format).toBe('2019');
          // through the store's own reading
          expect((await store.openReport(imported.id)).report).toEqual(report);
          // and byte for byte from the file: the same JSON text the schema makes, every 2019 cell as given
          const body = storedBody(path, imported.id);
          expect(JSON.stringify(body)).toBe(JSON.stringify(anyReportSchema.parse(report)));
          expect(body.format).toBe('2019');
          expect(cellsOf(anyReportSchema.parse(body))).toEqual(cellsOf(report));
          const t2 = body.tables as Report['tables'];
          expect(Object.keys(t2.T2.procurement!)).toEqual(['purchaseItems', 'purchaseAmount']);
          expect(Object.keys(t2.T3)).toContain('other');
          expect(Object.keys(t2.T3)).not.toContain('otherOther');
        },
      ),
      { numRuns: 12 },
    );
    const list = await store.listReports();
    expect(list).toHaveLength(stored.size);
    expect(list.every((r) => !r.damaged && !r.needsNewerVersion)).toBe(true);
    store.close();
    expect(integrity(path)).toBe('ok');
  });

  it('is refused for editing (nothing written) and its report file keeps every cell', async () => {
    const dir = tempDir('ed2019');
    const store = openIn(dir);
    const report = report2019({ seed: Date.now() % 100_000 });
    const imported = await store.importReport(report, 'final', false);
    const refused = await expectRefusal(
      store.saveReport(imported.id, setCell(report, 'T2.procurement.purchaseItems', '1'), imported.revisionId),
      'UNSUPPORTED',
      /2019年试行格式（国办公开办函〔2019〕60号），只能查看、核对和导出，不能修改/,
    );
    expect(refused.message).toContain('表二栏目');
    expect(refused.message).toContain('表三“（六）其他处理”');
    expect(refused.message).toContain('以此为基础新建');
    expect(rawCount(join(dir, DATABASE_FILE), 'SELECT COUNT(*) FROM revisions')).toBe(1);

    const file = serializeReportFile((await store.openReport(imported.id)).report, {
      appVersion: 'test',
      exportedAt: '2026-03-01T00:00:00.000Z',
    });
    const back = parseReportFile(file);
    expect(back.report).toEqual(report);
    expect(cellsOf(back.report)).toEqual(cellsOf(report));
    store.close();
  });

  it('refuses a report naming an unknown edition, in Chinese', () => {
    const r = anyReportSchema.safeParse({ ...report2019({ seed: 7 }), format: '2030' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/报告的格式版本“2030”无法识别（本程序认识：2021、2019）/);
    expect(() => parseReportFile(JSON.stringify({ ...report2019({ seed: 7 }), format: '2030' }))).toThrow(
      /格式版本“2030”无法识别/,
    );
  });

  it('starts next year in the current edition: 结转 carried, 表二 and （六） said, not carried', async () => {
    const dir = tempDir('ed2019');
    const store = openIn(dir);
    const seed = 1 + (Date.now() % 997);
    const prior = report2019({ seed, year: 2020 });
    const imported = await store.importReport(prior, 'final', false);
    const next = await store.newFromPrior(imported.id);
    expect(next.year).toBe(2021);
    expect(next.report.format).toBe(CURRENT_EDITION.id);
    for (const c of T3_COLUMNS.filter((c) => !c.isTotal))
      expect(getCell(next.report, `T3.carriedOver.${c.key}`)).toBe(getCell(prior, `T3.carryForward.${c.key}`));
    // nothing of the 2019 表二 nor the single （六） reached the new report
    expect(Object.values(next.report.tables.T2).flatMap((row) => Object.values(row))).toEqual(
      CURRENT_EDITION.cells.filter((c) => c.id.startsWith('T2.')).map(() => null),
    );
    for (const key of ['otherOverdueCorrection', 'otherOverdueFee', 'otherOther'])
      expect(Object.values(next.report.tables.T3[key]!)).toEqual(T3_COLUMNS.map(() => null));
    expect(next.report.organ).toEqual(prior.organ);
    expect(next.report.priorProblems).toBe(prior.prose.problems.problems);

    expect(next.notCarried).toHaveLength(2);
    expect(next.notCarried[0]).toMatch(
      /^上一年度报告为2019年试行格式（国办公开办函〔2019〕60号），表二栏目（“本年新制作数量”/,
    );
    expect(next.notCarried[0]).toContain('未带入');
    expect(next.notCarried[0]).toContain('请按现行格式填写表二');
    expect(next.notCarried[1]).toMatch(/表三“（六）其他处理”为一行，现行格式分为3行/);
    // the prior travels with the record (the cross-year rules read it in its own edition)
    expect(next.prior?.format).toBe('2019');

    const stored = storedBody(join(dir, DATABASE_FILE), next.id);
    expect(stored.format).toBe('2021');
    expect(anyReportSchema.parse(stored)).toEqual(next.report);
    store.close();
  });

  it('its history compares revisions in its own edition, and across a re-import of another edition', async () => {
    const store = openIn(tempDir('ed2019'));
    const first = report2019({ seed: 11, year: 2025, organName: mengzhou2025().organ.name });
    const changed = setCell(
      first,
      'T2.procurement.purchaseItems',
      String(Number(getCell(first, 'T2.procurement.purchaseItems')) + 1),
    );
    const record = await store.importReport(first, 'final', false);
    await store.importReport(changed, 'final', true);
    await store.importReport(mengzhou2025(), 'final', true);
    const [newest, middle, oldest] = await store.history(record.id);
    const at = (id: number) => store.revisionReport(record.id, id);
    const ownEdition = diffReports(await at(oldest!.id), await at(middle!.id));
    expect(ownEdition.changes).toEqual([
      { place: 'proactive', cells: ['T2.procurement.purchaseItems'], texts: 0, fields: 0 },
    ]);
    const across = diffReports(await at(middle!.id), await at(newest!.id));
    const proactive = across.changes.find((c) => c.place === 'proactive')!;
    // every 表二 cell of both editions changed: the 2019 ones are gone, the 2021 ones are new
    expect(new Set(proactive.cells)).toEqual(
      new Set([...EDITION_2019.cells, ...CURRENT_EDITION.cells].filter((c) => c.id.startsWith('T2.')).map((c) => c.id)),
    );
    store.close();
  });

  it('from a 2021 report says nothing is missing', async () => {
    const store = openIn(tempDir('ed2019'));
    const imported = await store.importReport(mengzhou2025(), 'final', false);
    expect((await store.newFromPrior(imported.id)).notCarried).toEqual([]);
    store.close();
  });
});

describe('cross-year rules against a 2019 prior', () => {
  it('compare only cells that mean exactly the same: X-CARRY yes, nothing of 表二 or （六）', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const prior = report2019({ seed, year: 2020 });
        // this year's report holds, in every 2021 cell that shares an id with a 2019 one, a different value
        let report: Report = { ...mengzhou2025(), year: 2021 };
        for (const c of CURRENT_EDITION.cells) {
          const before = editionCell(EDITION_2019, c.id) ? getCell(prior, c.id) : null;
          if (before !== null && !c.derived) report = setCell(report, c.id, String(Number(before) + 1));
        }
        // and a 结转 that differs from last year's 结转下年度继续办理
        const forward = getCell(prior, 'T3.carryForward.natural')!;
        report = setCell(report, 'T3.carriedOver.natural', String(Number(forward) + 1));
        const findings = runRules(report, { prior });
        expect(findings.filter((f) => f.id === 'X-IN-FORCE')).toEqual([]);
        const carry = findings.filter((f) => f.id === 'X-CARRY');
        // every X-CARRY names a 结转 cell, the one row both editions share for it
        expect(carry.length).toBeGreaterThan(0);
        expect(carry.every((f) => f.cells?.every((id) => id.startsWith('T3.carriedOver.')))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

describe('a body written by a newer program', () => {
  it('is listed as 需要新版本, not 损坏; opening says 请先升级; the other reports and next year work', async () => {
    const dir = tempDir('newer');
    const path = join(dir, DATABASE_FILE);
    const store = openIn(dir);
    const older = await store.importReport({ ...mengzhou2025(), year: 2024 }, 'final', false);
    const newer = await store.importReport(mengzhou2025(), 'draft', false);
    const following = await store.importReport({ ...mengzhou2025(), year: 2026 }, 'draft', false);
    store.close();

    const text = JSON.stringify({ ...mengzhou2025(), schemaVersion: 99, somethingNew: { a: 1 } });
    const body = deflateRawSync(Buffer.from(text, 'utf8'));
    const raw = new Database(path);
    raw
      .prepare('UPDATE revisions SET body = ?, hash = ?, bytes = ? WHERE id = ?')
      .run(body, createHash('sha256').update(text).digest('hex'), body.length, newer.revisionId);
    raw.close();

    const reopened = openIn(dir);
    const list = await reopened.listReports();
    const summary = list.find((r) => r.id === newer.id)!;
    expect(summary.needsNewerVersion).toBe(true);
    expect(summary.damaged).toBeUndefined();
    for (const other of list.filter((r) => r.id !== newer.id)) {
      expect(other.needsNewerVersion).toBeUndefined();
      expect(other.damaged).toBeUndefined();
    }
    await expectRefusal(reopened.openReport(newer.id), 'UNSUPPORTED', /数据版本 99.*请先升级年报助手/);
    // the year before and the year after open; the latter without last year's report, not blocked by it
    expect((await reopened.openReport(older.id)).report.year).toBe(2024);
    const after = await reopened.openReport(following.id);
    expect(after.prior).toBeNull();
    reopened.close();

    // nothing was rewritten
    const check = new Database(path, { readonly: true });
    const kept = check.prepare('SELECT body FROM revisions WHERE id = ?').pluck().get(newer.revisionId) as Buffer;
    check.close();
    expect(inflateRawSync(kept).toString('utf8')).toBe(text);
  });
});
