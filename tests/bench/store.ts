/**
 * Store benchmark: save latency with 1,000 stored reports (50 organs × 20 years) and the time to list
 * them. Runs on a real database file in a temp folder, with the real rule engine in every save.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setCells } from '../../shared/report';
import Database from 'better-sqlite3';
import { openStore } from '../../electron/services/store';
import { configureConnection } from '../../electron/services/store/connection';
import { mengzhou2025 } from '../unit/store/helpers';
import { percentile, type Bench, type BenchResult } from './types';

const ORGANS = 50;
const YEARS = 20;
const FIRST_YEAR = 2006 + 2;
const WARMUP_SAVES = 50;
const MEASURED_SAVES = 1000;
const LIST_RUNS = 30;

export const SAVE_P95_TARGET_MS = 5;
export const LIST_TARGET_MS = 50;

function reportFor(organ: number, year: number, edit: number) {
  const base = mengzhou2025();
  return setCells(
    { ...base, organ: { ...base.organ, name: `第${organ}号机关` }, year, intro: `${base.intro}（第${edit}次修改）` },
    { 'T2.licensing.decisions': String(edit), 'T2.punishment.decisions': String(organ) },
  );
}

/** The floor under any save: one tiny committed transaction with the store's settings (mostly the WAL fsync). */
function commitFloor(dir: string): number[] {
  const db = new Database(join(dir, 'floor.sqlite'));
  configureConnection(db);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const commit = db.transaction((v: number) => insert.run(v));
  const times = Array.from({ length: MEASURED_SAVES }, (_, i) => {
    const start = performance.now();
    commit.immediate(i);
    return performance.now() - start;
  });
  db.close();
  return times;
}

export const storeBench: Bench = {
  title: 'store (better-sqlite3, synchronous=FULL)',
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
    try {
      const store = openStore({ dir });
      const ids: number[] = [];
      for (let o = 1; o <= ORGANS; o++) {
        for (let y = 0; y < YEARS; y++)
          ids.push((await store.importReport(reportFor(o, FIRST_YEAR + y, 0), 'draft', false)).id);
      }
      const records = await Promise.all(ids.map((id) => store.openReport(id)));

      const lists: number[] = [];
      for (let i = 0; i < LIST_RUNS; i++) {
        const start = performance.now();
        const listed = await store.listReports();
        lists.push(performance.now() - start);
        if (listed.length !== ORGANS * YEARS) throw new Error(`bench: listed ${listed.length} reports`);
      }

      const pick = (i: number) => records[(i * 7919) % records.length]!;

      let edit = 0;
      const save = async () => {
        const record = pick(edit);
        edit++;
        const organ = Number(/第(\d+)号/.exec(record.report.organ.name)![1]);
        const report = reportFor(organ, record.year, edit);
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        const result = await store.saveReport(record.id, report);
        const elapsed = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        if (!result.changed) throw new Error('bench: a changed report was not saved');
        return { wall: elapsed, cpu: (cpu.user + cpu.system) / 1000 };
      };
      for (let i = 0; i < WARMUP_SAVES; i++) await save();
      const measured: Array<{ wall: number; cpu: number }> = [];
      for (let i = 0; i < MEASURED_SAVES; i++) measured.push(await save());
      const saves = measured.map((m) => m.wall);
      // CPU time leaves out waiting for the disk's fsync and for a core on a busy machine
      const savesCpu = measured.map((m) => m.cpu);

      // the saves above touched reports whose next year exists: that year's counts are recounted on this list
      const stored = new Set(records.map((r) => `${r.organId}:${r.year}`));
      const nextYears = new Set(
        Array.from({ length: edit }, (_, i) => pick(i)).map((r) => `${r.organId}:${r.year + 1}`),
      );
      const stale = [...nextYears].filter((key) => stored.has(key)).length;
      const firstStart = performance.now();
      await store.listReports();
      const firstList = performance.now() - firstStart;
      store.close();
      const floor = commitFloor(dir);
      return [
        {
          name: `save p50 (${ORGANS * YEARS} reports)`,
          measured: percentile(saves, 50),
          target: SAVE_P95_TARGET_MS,
          unit: 'ms',
        },
        {
          name: `save p95 (${ORGANS * YEARS} reports)`,
          measured: percentile(saves, 95),
          target: SAVE_P95_TARGET_MS,
          unit: 'ms',
        },
        { name: 'save p95, CPU time only', measured: percentile(savesCpu, 95), target: SAVE_P95_TARGET_MS, unit: 'ms' },
        { name: 'empty commit p95 (fsync floor)', measured: percentile(floor, 95), target: null, unit: 'ms' },
        {
          name: `list ${ORGANS * YEARS} reports (p95 of ${LIST_RUNS})`,
          measured: percentile(lists, 95),
          target: LIST_TARGET_MS,
          unit: 'ms',
        },
        { name: `first list after the saves (${stale} recounted)`, measured: firstList, target: null, unit: 'ms' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
