import Database from 'better-sqlite3';
import { inflateRawSync } from 'node:zlib';
import type { Report } from '../../../shared/report';

/**
 * What the store has on disk for a report, read straight from the SQLite file (read-only), so a test
 * proves the value reached the database and not just the page. Revision bodies are deflated JSON
 * (electron/services/store/revision-body.ts).
 */
export function storedReport(dbPath: string, organ: string, year: number): { status: string; report: Report } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT r.status AS status, v.body AS body FROM reports r
         JOIN organs o ON o.id = r.organ_id
         JOIN revisions v ON v.id = r.revision_id
         WHERE o.name = ? AND r.year = ?`,
      )
      .get(organ, year) as { status: string; body: Buffer } | undefined;
    if (!row) throw new Error(`no stored report for ${organ} ${year}`);
    return { status: row.status, report: JSON.parse(inflateRawSync(row.body).toString('utf8')) };
  } finally {
    db.close();
  }
}

/** The report's row ids and how many revisions the store has written for it. */
export function storedRevisions(
  dbPath: string,
  organ: string,
  year: number,
): { reportId: number; revisionId: number; count: number } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT r.id AS reportId, r.revision_id AS revisionId,
                (SELECT COUNT(*) FROM revisions v WHERE v.report_id = r.id) AS count
         FROM reports r JOIN organs o ON o.id = r.organ_id
         WHERE o.name = ? AND r.year = ?`,
      )
      .get(organ, year) as { reportId: number; revisionId: number; count: number } | undefined;
    if (!row) throw new Error(`no stored report for ${organ} ${year}`);
    return row;
  } finally {
    db.close();
  }
}

/**
 * Holds the database's write lock from another connection in this process (the Playwright worker; the
 * host and its store process run apart), as a second program using the same file would, until the
 * returned function is called. The store's writes wait meanwhile and the page says so.
 */
export function holdWriteLock(dbPath: string): () => void {
  const db = new Database(dbPath, { fileMustExist: true });
  db.exec('BEGIN IMMEDIATE');
  return () => {
    db.exec('ROLLBACK');
    db.close();
  };
}
