/**
 * The database schema as an ordered list of migrations keyed by PRAGMA user_version. A migration, once
 * released, is never edited: a change is a new entry at the end. All pending ones run in one transaction.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'organs, reports, revisions, export log',
    sql: `
      CREATE TABLE organs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        region TEXT NOT NULL DEFAULT '',
        rules_power INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        organ_id INTEGER NOT NULL REFERENCES organs(id),
        year INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
        -- the current revision; set in the same transaction that inserts the report
        revision_id INTEGER REFERENCES revisions(id) DEFERRABLE INITIALLY DEFERRED,
        updated_at TEXT NOT NULL,
        error_count INTEGER NOT NULL DEFAULT 0,
        warning_count INTEGER NOT NULL DEFAULT 0,
        UNIQUE (organ_id, year)
      ) STRICT;
      -- AUTOINCREMENT: a revision id, once acknowledged to the clerk, never names other content later
      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        report_id INTEGER NOT NULL REFERENCES reports(id),
        created_at TEXT NOT NULL,
        day TEXT NOT NULL,
        hash TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        body BLOB NOT NULL
      ) STRICT;
      CREATE INDEX revisions_by_report_time ON revisions(report_id, created_at);
      CREATE TABLE export_log (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id),
        revision_id INTEGER NOT NULL REFERENCES revisions(id),
        kind TEXT NOT NULL,
        final INTEGER NOT NULL,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX export_log_by_report ON export_log(report_id);
      CREATE INDEX export_log_by_revision ON export_log(revision_id);
    `,
  },
  {
    version: 2,
    description: 'change counter, so that a backup is only taken when something changed since the last one',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
      INSERT INTO meta (key, value) VALUES ('change_seq', 1);
    `,
  },
  {
    version: 3,
    description: 'next year’s counts are marked stale when its prior changes, and recounted when listed',
    sql: `
      ALTER TABLE reports ADD COLUMN counts_stale INTEGER NOT NULL DEFAULT 0;
      -- counts written before version 3 were computed without the prior year when it came later
      UPDATE reports SET counts_stale = 1;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every migration above the file's user_version, all in one transaction. Returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = userVersion(db);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  const target = pending[pending.length - 1]!.version;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    // user_version is written in the same transaction: a failed migration leaves the old version
    db.pragma(`user_version = ${target}`);
  }).immediate();
  return pending.map((m) => m.version);
}
