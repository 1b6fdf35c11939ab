/** Every SQL statement the store runs, prepared once per connection. */
import type { Database } from 'better-sqlite3';

export interface OrganRow {
  id: number;
  name: string;
  kind: string;
  region: string;
  rules_power: number;
}
export interface ReportRow {
  id: number;
  organ_id: number;
  year: number;
  status: 'draft' | 'final';
  revision_id: number;
  updated_at: string;
  error_count: number;
  warning_count: number;
}
export interface SummaryRow extends ReportRow {
  organ_name: string;
  organ_kind: string;
}
export interface ExportRow {
  id: number;
  report_id: number;
  revision_id: number;
  kind: string;
  final: number;
  path: string;
  sha256: string;
  created_at: string;
}

const REPORT_COLUMNS =
  'r.id, r.organ_id, r.year, r.status, r.revision_id, r.updated_at, r.error_count, r.warning_count';

export function prepareStatements(db: Database) {
  return {
    organs: db.prepare('SELECT id, name, kind, region, rules_power FROM organs ORDER BY name'),
    organById: db.prepare('SELECT id, name, kind, region, rules_power FROM organs WHERE id = ?'),
    organByName: db.prepare('SELECT id, name, kind, region, rules_power FROM organs WHERE name = ?'),
    organCount: db.prepare('SELECT count(*) FROM organs').pluck(),
    insertOrgan: db.prepare(
      'INSERT INTO organs (name, kind, region, rules_power) VALUES (@name, @kind, @region, @rulesPower)',
    ),
    updateOrgan: db.prepare(
      'UPDATE organs SET name = @name, kind = @kind, region = @region, rules_power = @rulesPower WHERE id = @id',
    ),

    summaries: db.prepare(
      `SELECT ${REPORT_COLUMNS}, o.name AS organ_name, o.kind AS organ_kind
       FROM reports r JOIN organs o ON o.id = r.organ_id ORDER BY o.name, r.year DESC`,
    ),
    summariesOfOrgan: db.prepare(
      `SELECT ${REPORT_COLUMNS}, o.name AS organ_name, o.kind AS organ_kind
       FROM reports r JOIN organs o ON o.id = r.organ_id WHERE r.organ_id = ? ORDER BY r.year DESC`,
    ),
    reportById: db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.id = ?`),
    reportByOrganYear: db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.organ_id = ? AND r.year = ?`),
    insertReport: db.prepare(
      'INSERT INTO reports (organ_id, year, status, updated_at) VALUES (@organId, @year, @status, @updatedAt)',
    ),
    setCurrent: db.prepare(
      `UPDATE reports SET revision_id = @revisionId, updated_at = @updatedAt, error_count = @errors, warning_count = @warnings,
         counts_stale = 0
       WHERE id = @reportId`,
    ),
    setStatus: db.prepare('UPDATE reports SET status = ? WHERE id = ?'),
    setCounts: db.prepare(
      'UPDATE reports SET error_count = @errors, warning_count = @warnings, counts_stale = 0 WHERE id = @reportId',
    ),
    staleReports: db.prepare('SELECT id FROM reports WHERE counts_stale = 1').pluck(),

    currentBody: db.prepare(
      'SELECT v.hash, v.body FROM reports r JOIN revisions v ON v.id = r.revision_id WHERE r.id = ?',
    ),
    revisionBody: db.prepare('SELECT body FROM revisions WHERE id = ? AND report_id = ?'),
    insertRevision: db.prepare(
      `INSERT INTO revisions (report_id, created_at, day, hash, bytes, body)
       VALUES (@reportId, @createdAt, @day, @hash, @bytes, @body)`,
    ),
    history: db.prepare('SELECT id, created_at, bytes FROM revisions WHERE report_id = ? ORDER BY id DESC'),
    /**
     * Older than the full-history window: keep the last revision of each day, the current one and any an
     * export was made from. The index on (report_id, created_at) keeps this to the few old rows.
     */
    thin: db.prepare(
      `DELETE FROM revisions
       WHERE report_id = @reportId AND created_at < @cutoff
         AND id <> (SELECT revision_id FROM reports WHERE id = @reportId)
         AND id NOT IN (SELECT revision_id FROM export_log WHERE report_id = @reportId)
         AND id NOT IN (SELECT max(id) FROM revisions WHERE report_id = @reportId AND created_at < @cutoff GROUP BY day)`,
    ),

    insertExport: db.prepare(
      `INSERT INTO export_log (report_id, revision_id, kind, final, path, sha256, created_at)
       VALUES (@reportId, @revisionId, @kind, @final, @path, @sha256, @createdAt)`,
    ),
    exportById: db.prepare('SELECT * FROM export_log WHERE id = ?'),
    exportsOf: db.prepare('SELECT * FROM export_log WHERE report_id = ? ORDER BY id DESC'),

    changeSeq: db.prepare("SELECT value FROM meta WHERE key = 'change_seq'").pluck(),
    bumpChangeSeq: db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'change_seq'"),
    setChangeSeq: db.prepare("UPDATE meta SET value = ? WHERE key = 'change_seq'"),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
