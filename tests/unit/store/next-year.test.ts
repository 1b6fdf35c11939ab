import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { cellId, T3_COLUMNS, TABLE_CELLS } from '../../../shared/format';
import { getCell, setCells } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../electron/services/store';
import { mengzhou2025, MENGZHOU, MENGZHOU_PROBLEMS, openIn, rawCount, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

describe('new report from last year', () => {
  it('carries 四、结转下年度继续办理 into 二、上年结转 column by column and leaves every other count blank', async () => {
    const store = openIn(tempDir());
    const y2025 = await store.importReport(mengzhou2025(), 'final', false);
    const y2026 = await store.newFromPrior(y2025.id);

    expect(y2026.year).toBe(2026);
    expect(y2026.organId).toBe(y2025.organId);
    expect(y2026.status).toBe('draft');
    expect(y2026.prior).toEqual(mengzhou2025());
    const next = y2026.report;
    expect(next.year).toBe(2026);
    expect(next.organ.name).toBe(MENGZHOU);

    // 孟州 2025, row 四: 自然人 5, the five organisation columns 0, 总计 5
    const expectedCarried: Record<string, string> = {
      natural: '5',
      commercial: '0',
      research: '0',
      publicInterest: '0',
      legalService: '0',
      otherOrg: '0',
      total: '5',
    };
    for (const column of T3_COLUMNS) {
      expect(getCell(next, cellId('T3', 'carriedOver', column.key)), column.label).toBe(expectedCarried[column.key]);
    }
    const carriedIds = new Set(T3_COLUMNS.map((c) => cellId('T3', 'carriedOver', c.key)));
    for (const cell of TABLE_CELLS) {
      if (carriedIds.has(cell.id)) continue;
      expect(getCell(next, cell.id), cell.id).toBeNull();
    }
    expect(next.fee).toEqual({ notices: null, noticeAmount: null, collected: null });
    expect(next.acknowledgements).toEqual([]);
    expect(next.title).toBe('');
    expect(next.priorProblems).toBe(MENGZHOU_PROBLEMS);
    expect(next.prose).toEqual(mengzhou2025().prose);
    store.close();
  });

  it('refuses a second report for the next year', async () => {
    const store = openIn(tempDir());
    const y2025 = await store.importReport(mengzhou2025(), 'final', false);
    await store.newFromPrior(y2025.id);
    await expect(store.newFromPrior(y2025.id)).rejects.toThrow(ApiError);
    await expect(store.newFromPrior(y2025.id)).rejects.toThrow(/2026年的报告已经存在/);
    store.close();
  });

  it('opens a report with last year’s report as prior, and the cross-year rules fire from stored data', async () => {
    const store = openIn(tempDir());
    const y2025 = await store.importReport(mengzhou2025(), 'final', false);
    const y2026 = await store.newFromPrior(y2025.id);
    // 上年结转 自然人 4 instead of 5; 行政规范性文件 现行有效 80 instead of 76 + 2 − 1 = 77
    const edited = setCells(y2026.report, {
      'T3.carriedOver.natural': '4',
      'T3.carriedOver.total': '4',
      'T2.normativeDocs.issued': '2',
      'T2.normativeDocs.repealed': '1',
      'T2.normativeDocs.inForce': '80',
    });
    await store.saveReport(y2026.id, edited);

    const reopened = await store.openReport(y2026.id);
    expect(reopened.prior).toEqual(mengzhou2025());
    const ids = runRules(reopened.report, { prior: reopened.prior }).map((f) => f.id);
    expect(ids).toContain('X-CARRY');
    expect(ids).toContain('X-IN-FORCE');

    const summary = (await store.listReports()).find((r) => r.id === y2026.id)!;
    const warnings = runRules(reopened.report, { prior: reopened.prior }).filter((f) => f.severity === 'warning');
    expect(summary.warningCount).toBe(warnings.length);
    expect(summary.warningCount).toBeGreaterThanOrEqual(2);
    store.close();
  });

  it('recounts next year’s warnings when last year’s report changes', async () => {
    const store = openIn(tempDir());
    const y2025 = await store.importReport(mengzhou2025(), 'final', false);
    const y2026 = await store.newFromPrior(y2025.id);
    const carryWarnings = async () => {
      const record = await store.openReport(y2026.id);
      return runRules(record.report, { prior: record.prior }).filter((f) => f.id === 'X-CARRY').length;
    };
    expect(await carryWarnings()).toBe(0);
    const before = (await store.listReports()).find((r) => r.id === y2026.id)!.warningCount;
    // last year's 结转 corrected to 6: this year's 上年结转 (5) no longer matches
    await store.saveReport(
      y2025.id,
      setCells(mengzhou2025(), { 'T3.carryForward.natural': '6', 'T3.carryForward.total': '6' }),
    );
    expect(await carryWarnings()).toBeGreaterThan(0);
    expect((await store.listReports()).find((r) => r.id === y2026.id)!.warningCount).toBeGreaterThan(before);
    store.close();
  });

  it('does not count a warning the clerk acknowledged with an explanation', async () => {
    const store = openIn(tempDir());
    const y2025 = await store.importReport(mengzhou2025(), 'final', false);
    const y2026 = await store.newFromPrior(y2025.id);
    const edited = setCells(y2026.report, { 'T3.carriedOver.natural': '4', 'T3.carriedOver.total': '4' });
    await store.saveReport(y2026.id, edited);
    const before = (await store.listReports()).find((r) => r.id === y2026.id)!.warningCount;
    const carry = runRules(edited, { prior: mengzhou2025() }).filter((f) => f.id === 'X-CARRY');
    expect(carry.length).toBeGreaterThan(0);
    const acknowledged = {
      ...edited,
      acknowledgements: carry.map((f) => ({
        key: f.key,
        ruleId: f.id,
        explanation: '上年有1件申请撤回，已说明',
        at: '2026-01-05',
      })),
    };
    await store.saveReport(y2026.id, acknowledged);
    expect((await store.listReports()).find((r) => r.id === y2026.id)!.warningCount).toBe(before - carry.length);
    expect((await store.openReport(y2026.id)).report.acknowledgements).toEqual(acknowledged.acknowledgements);
    store.close();
  });

  it('recounts next year in the save’s own transaction: after bulk edits of priors the file holds no stale row and right counts', async () => {
    const store = openIn(tempDir());
    const years = [2021, 2022, 2023, 2024, 2025];
    const ids = new Map<number, number>();
    for (const year of years) ids.set(year, (await store.importReport({ ...mengzhou2025(), year }, 'draft', false)).id);
    // every prior's 结转 changed: each next year's 上年结转 no longer matches it
    for (const year of years.slice(0, -1))
      await store.saveReport(
        ids.get(year)!,
        setCells({ ...mengzhou2025(), year }, { 'T3.carryForward.natural': '9', 'T3.carryForward.total': '9' }),
      );
    // read from the file before any list: nothing is left for the list to recount
    expect(rawCount(store.path, 'SELECT count(*) FROM reports WHERE counts_stale = 1')).toBe(0);
    for (const year of years.slice(1)) {
      const record = await store.openReport(ids.get(year)!);
      const expected = runRules(record.report, { prior: record.prior }).filter((f) => f.severity === 'warning');
      expect(expected.some((f) => f.id === 'X-CARRY')).toBe(true);
      expect(rawCount(store.path, 'SELECT warning_count FROM reports WHERE id = ?', ids.get(year))).toBe(
        expected.length,
      );
    }
    store.close();
  });

  it('recounts, on the first list, the rows migration 3 marked stale (counts from before it)', async () => {
    const dir = tempDir();
    const store = openIn(dir);
    const y2024 = await store.importReport({ ...mengzhou2025(), year: 2024 }, 'final', false);
    const y2025 = await store.importReport(
      setCells(mengzhou2025(), { 'T3.carriedOver.natural': '4', 'T3.carriedOver.total': '4' }),
      'draft',
      false,
    );
    const right = rawCount(store.path, 'SELECT warning_count FROM reports WHERE id = ?', y2025.id);
    store.close();
    // as a file counted by an older version leaves it: wrong stored counts, marked stale by migration 3
    const db = new Database(join(dir, DATABASE_FILE));
    db.prepare('UPDATE reports SET warning_count = 0, counts_stale = 1').run();
    db.close();
    const reopened = openIn(dir);
    const listed = await reopened.listReports();
    expect(listed.find((r) => r.id === y2025.id)!.warningCount).toBe(right);
    expect(right).toBeGreaterThan(0);
    expect(rawCount(reopened.path, 'SELECT count(*) FROM reports WHERE counts_stale = 1')).toBe(0);
    expect(rawCount(reopened.path, 'SELECT warning_count FROM reports WHERE id = ?', y2025.id)).toBe(right);
    expect(y2024.year).toBe(2024);
    reopened.close();
  });
});
