/**
 * What the store offers the handlers, the CLI and the test host. Implemented with better-sqlite3 in
 * this folder; never imports electron.
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

  listOrgans(): Organ[];
  saveOrgan(input: OrganInput): Organ;

  listReports(filter?: { organId?: number }): ReportSummary[];
  createReport(organId: number, year: number): ReportRecord;
  openReport(reportId: number): ReportRecord;
  /** an unchanged report writes nothing and returns the current revision with changed: false */
  saveReport(reportId: number, report: Report): { revisionId: number; changed: boolean; savedAt: string };
  newFromPrior(reportId: number): ReportRecord;
  history(reportId: number): Revision[];
  restore(reportId: number, revisionId: number): ReportRecord;
  /** the report as one revision stored it (the history list compares revisions) */
  revisionReport(reportId: number, revisionId: number): Report;
  /** store a parsed or received report under its organ (found or created by name) and year */
  importReport(report: Report, status: 'draft' | 'final', replace: boolean): ReportRecord;
  setStatus(reportId: number, status: 'draft' | 'final'): void;

  logExport(entry: {
    reportId: number;
    revisionId: number;
    kind: ExportKind;
    final: boolean;
    path: string;
    sha256: string;
  }): ExportLogEntry;
  listExports(reportId: number): ExportLogEntry[];

  /** a snapshot now (synchronous; used at open and once a day by the store itself) */
  backup(): BackupInfo;
  /** the same with SQLite's online backup API, which lets the event loop run while it copies */
  backupNow(): Promise<BackupInfo>;
  listBackups(): BackupInfo[];
  /** replaces the live database with a backup (the current file is kept aside first) */
  restoreBackup(name: string): void;
}
