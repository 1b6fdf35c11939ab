import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { setCell } from '../../../shared/report';
import { DATABASE_FILE, openStore, SCHEMA_VERSION } from '../../../electron/services/store';
import { migrate, MIGRATIONS } from '../../../electron/services/store/migrations';
import {
  fakeClock,
  HOUR,
  integrity,
  mengzhou2025,
  MENGZHOU,
  openIn,
  rawCount,
  removeTempDirs,
  tempDir,
} from './helpers';

afterEach(removeTempDirs);

const V1_FIXTURE = join(__dirname, '../../fixtures/db/v1.sqlite');
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('migrations', () => {
  it('opens a database made with the first schema, migrates it, and keeps its reports, history and exports', async () => {
    const dir = tempDir();
    const path = join(dir, DATABASE_FILE);
    copyFileSync(V1_FIXTURE, path);
    expect(rawCount(path, 'PRAGMA user_version')).toBe(1);
    expect(SCHEMA_VERSION).toBeGreaterThan(1);

    const store = openIn(dir);
    expect(rawCount(path, 'PRAGMA user_version')).toBe(SCHEMA_VERSION);
    expect(store.recovery).toBeNull();
    const [summary] = await store.listReports();
    expect(summary).toMatchObject({ organName: MENGZHOU, year: 2025, status: 'final', revisionId: 2 });
    const record = await store.openReport(summary!.id);
    expect(record.report).toEqual(mengzhou2025());
    expect((await store.history(record.id)).map((r) => r.id)).toEqual([2, 1]);
    expect(await store.listExports(record.id)).toHaveLength(1);
    const saved = await store.saveReport(record.id, setCell(mengzhou2025(), 'T2.licensing.decisions', '7'));
    expect(saved.revisionId).toBe(3);
    store.close();
    expect(integrity(path)).toBe('ok');
  });

  it('runs all pending migrations in one transaction: a failing one leaves the file as it was', async () => {
    const dir = tempDir();
    const path = join(dir, DATABASE_FILE);
    copyFileSync(V1_FIXTURE, path);
    const db = new Database(path);
    const failing = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, description: 'broken', sql: 'CREATE TABLE nonsense (' },
    ];
    expect(() => migrate(db, failing)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'meta'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database from a newer version with a Chinese message, and changes no byte of it', async () => {
    const dir = tempDir();
    const path = join(dir, DATABASE_FILE);
    const db = new Database(path);
    db.exec('CREATE TABLE future (x INTEGER)');
    db.pragma('user_version = 999');
    db.close();
    const before = sha(path);
    const files = readdirSync(dir);

    let caught: unknown;
    try {
      openStore({ dir });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('UNSUPPORTED');
    expect((caught as ApiError).message).toMatch(/更新版本.*版本 999.*没有改动它/);
    expect(sha(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(files);
  });
});

describe('damaged files', () => {
  it('moves a file of random bytes aside, keeps it, and starts a usable fresh store', async () => {
    const dir = tempDir();
    const path = join(dir, DATABASE_FILE);
    const garbage = randomBytes(64 * 1024);
    writeFileSync(path, garbage);
    const wal = randomBytes(4096);
    writeFileSync(`${path}-wal`, wal);

    const store = openIn(dir);
    expect(store.recovery).not.toBeNull();
    const { movedTo, message } = store.recovery!;
    expect(movedTo).toMatch(/nianbao\.sqlite\.damaged-\d{8}T\d{6}Z$/);
    expect(readFileSync(movedTo).equals(garbage)).toBe(true);
    expect(readFileSync(`${movedTo}-wal`).equals(wal)).toBe(true);
    expect(message).toContain('已损坏');
    expect(message).toContain(movedTo);
    expect(message).toContain('没有找到可以恢复的备份');

    const organ = await store.saveOrgan({ name: MENGZHOU, kind: '政府部门', region: '', rulesPower: false });
    await store.createReport(organ.id, 2025);
    store.close();
    expect(integrity(path)).toBe('ok');
    expect(openIn(dir).recovery).toBeNull();
  });

  it('moves a truncated database aside and points to the backup that restores it', async () => {
    const dir = tempDir();
    const path = join(dir, DATABASE_FILE);
    const clock = fakeClock();
    let store = openIn(dir, clock.now);
    const record = await store.importReport(mengzhou2025(), 'final', false);
    for (let i = 0; i < 40; i++) {
      clock.advance(HOUR / 10);
      // distinct prose per revision so pages do not compress away
      await store.saveReport(record.id, { ...mengzhou2025(), intro: randomBytes(3000).toString('base64') });
    }
    store.close();
    const backups = await openIn(dir, clock.now).listBackups();
    expect(backups.length).toBeGreaterThan(0);

    const size = statSync(path).size;
    truncateSync(path, Math.floor(size / 2));
    const truncated = sha(path);

    clock.advance(HOUR);
    store = openIn(dir, clock.now);
    expect(store.recovery).not.toBeNull();
    expect(sha(store.recovery!.movedTo)).toBe(truncated);
    expect(store.recovery!.message).toContain(backups[0]!.name);
    expect(await store.listReports()).toEqual([]);

    await store.restoreBackup(backups[0]!.name);
    const back = await store.listReports();
    expect(back).toHaveLength(1);
    expect((await store.openReport(back[0]!.id)).report.organ.name).toBe(MENGZHOU);
    store.close();
    expect(integrity(path)).toBe('ok');
    expect(existsSync(store.recovery!.movedTo)).toBe(true);
  });

  it('keeps a WAL left behind without its database aside, and starts a clean store', async () => {
    const dir = tempDir();
    const path = join(dir, DATABASE_FILE);
    const writer = new Database(path);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec("CREATE TABLE ghost (x TEXT); INSERT INTO ghost VALUES ('old data')");
    const wal = readFileSync(`${path}-wal`);
    expect(wal.length).toBeGreaterThan(0);
    writer.close();
    rmSync(path);
    rmSync(`${path}-wal`, { force: true });
    writeFileSync(`${path}-wal`, wal);

    const store = openIn(dir);
    expect(store.recovery).toBeNull();
    expect(await store.listOrgans()).toEqual([]);
    store.close();
    expect(rawCount(path, "SELECT count(*) FROM sqlite_master WHERE name = 'ghost'")).toBe(0);
    const orphans = readdirSync(dir).filter((n) => n.startsWith(`${DATABASE_FILE}.orphan-`));
    expect(orphans.length).toBeGreaterThan(0);
    expect(
      readFileSync(
        join(
          dir,
          orphans.find((n) => n.endsWith('-wal'))!,
        ),
      ).equals(wal),
    ).toBe(true);
  });
});
