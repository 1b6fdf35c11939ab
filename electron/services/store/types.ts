/**
 * What the store offers the handlers and the CLI. Implemented with better-sqlite3 in this folder; never
 * imports electron. Every call is asynchronous: a write that finds the file locked by another process
 * waits and retries without blocking its process (see store.ts, LOCK_WAIT_MS). In the app and the
 * browser-mode host the store lives in its own process (electron/services/process) and the UI's side
 * only sends it the contract's envelopes.
 */
import type { ExportKind, ExportLogEntry, Organ, ReportRecord, ReportSummary, Revision } from '../../../shared/api';
import type { Report } from '../../../shared/report';

export interface OrganInput {
  id?: number;
  name: string;
  kind: Organ['kind'];
  region: string;
  rulesPower: boolean;
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  bytes: number;
}

export interface Store {
  /** the database file */
  readonly path: string;
  /** set when a damaged file was moved aside at open */
  readonly recovery: { movedTo: string; message: string } | null;
  close(): void;

  listOrgans(): Promise<Organ[]>;
  saveOrgan(input: OrganInput): Promise<Organ>;

  listReports(filter?: { organId?: number }): Promise<ReportSummary[]>;
  createReport(organId: number, year: number): Promise<ReportRecord>;
  openReport(reportId: number): Promise<ReportRecord>;
  /** an unchanged report writes nothing and returns the current revision with changed: false */
  /**
   * With baseRevisionId (the revision the editor started from), a save over a newer revision written by
   * another process is refused with CONFLICT and kept as a revision beside the current one. A report of
   * an import-only edition (the 2019 试行 format) is refused (UNSUPPORTED): it is read
   * and exported as published, never edited; next year's report starts from it instead.
   */
  saveReport(
    reportId: number,
    report: Report,
    baseRevisionId?: number,
  ): Promise<{ revisionId: number; changed: boolean; savedAt: string }>;
  /** next year's report from this one; `notCarried` says what of it did not map into the current edition */
  newFromPrior(reportId: number): Promise<ReportRecord & { notCarried: string[] }>;
  history(reportId: number): Promise<Revision[]>;
  restore(reportId: number, revisionId: number): Promise<ReportRecord>;
  /** the report as one revision stored it (the history list compares revisions) */
  revisionReport(reportId: number, revisionId: number): Promise<Report>;
  /** store a parsed or received report under its organ (found or created by name) and year */
  importReport(report: Report, status: 'draft' | 'final', replace: boolean): Promise<ReportRecord>;
  setStatus(reportId: number, status: 'draft' | 'final'): Promise<void>;

  logExport(entry: {
    reportId: number;
    revisionId: number;
    kind: ExportKind;
    final: boolean;
    path: string;
    sha256: string;
  }): Promise<ExportLogEntry>;
  listExports(reportId: number): Promise<ExportLogEntry[]>;

  /** a snapshot now with VACUUM INTO (the store also takes one at open and once a day by itself) */
  backup(): Promise<BackupInfo>;
  /** the same with SQLite's online backup API, which lets the event loop run while it copies */
  backupNow(): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  /** replaces the live database with a backup (the current file is kept aside first) */
  restoreBackup(name: string): Promise<void>;
}
