/**
 * The Store on one SQLite file. Every write runs in one IMMEDIATE transaction (so two processes never
 * deadlock upgrading a read lock) and bumps the change counter that decides whether a backup is due.
 */
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  ApiError,
  type ExportKind,
  type ExportLogEntry,
  type Organ,
  type ReportRecord,
  type ReportSummary,
  type Revision,
} from '../../../shared/api';
import {
  CURRENT_EDITION,
  editionOf,
  importOnlyReason,
  ORGAN_KINDS,
  type FormatEdition,
  type OrganKind,
} from '../../../shared/format';
import { emptyReport, type Report } from '../../../shared/report';
import { runRules, summarize } from '../../../shared/rules';
import {
  BACKUP_INTERVAL_MS,
  backupDir,
  backupPath,
  listBackupFiles,
  makePrivate,
  PRIVATE_FILE_MODE,
  PRIVATE_FOLDER_MODE,
  removeStaleTemps,
  syncFileAndFolder,
  writeBackupAsync,
  writeBackupSync,
} from './backups';
import {
  COMPANION_SUFFIXES,
  DATABASE_FILE,
  inspectDatabase,
  isLockedError,
  LOCKED_MESSAGE,
  moveAside,
  moveOrphanCompanions,
  openConnection,
  shortenBusyTimeout,
} from './connection';
import { migrate } from './migrations';
import { finishInterruptedRestore, newStagedRestorePath } from './restore-staging';
import { nextYearReport, notCarriedFrom } from './next-year';
import {
  DamagedRevisionError,
  decodeReport,
  encodeReport,
  NewerRevisionError,
  type EncodedReport,
} from './revision-body';
import {
  prepareStatements,
  type ExportRow,
  type OrganRow,
  type ReportRow,
  type Statements,
  type SummaryRow,
} from './statements';
import { displayTime, isoTime, localDay } from './time';
import type { BackupInfo, OrganInput, Store } from './types';

/** Every revision of the last this many days is kept; older ones are thinned to one per day. */
export const FULL_HISTORY_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Free pages (4 KiB each) above which thinning gives space back to the file system. */
const FREE_PAGES_BEFORE_VACUUM = 256;
const YEAR_MAX = 2100;
/**
 * How long a write keeps retrying while another process holds the write lock before the caller hears
 * FILE_LOCKED. Between attempts the store process answers other calls; the renderer's autosave shows
 * that saving waits and tries again, so nothing typed is lost however long the lock is held.
 */
/** A revision and the exact bytes of its body, for remembering that they decode. */
function readableKey(revisionId: number, body: Buffer): string {
  return `${revisionId}:${createHash('sha1').update(body).digest('hex')}`;
}

export const LOCK_WAIT_MS = 1500;
/** Pause between two attempts at a locked write (each attempt itself waits BUSY_TIMEOUT_MS inside SQLite). */
export const LOCK_RETRY_INTERVAL_MS = 100;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface StoreOptions {
  dir: string;
  /** path of a better-sqlite3 addon built for the running ABI (the Electron shell passes its own) */
  nativeBinding?: string;
  now?: () => Date;
  /** how long opening waits synchronously for another process's transaction (default OPEN_BUSY_TIMEOUT_MS) */
  busyTimeoutMs?: number;
  /** how long a write keeps retrying asynchronously while the file is locked (default LOCK_WAIT_MS) */
  lockWaitMs?: number;
}

function toOrgan(row: OrganRow): Organ {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganKind,
    region: row.region,
    rulesPower: row.rules_power === 1,
  };
}

function toSummary(row: SummaryRow): ReportSummary {
  return {
    id: row.id,
    organId: row.organ_id,
    organName: row.organ_name,
    organKind: row.organ_kind as OrganKind,
    year: row.year,
    status: row.status,
    revisionId: row.revision_id,
    updatedAt: row.updated_at,
    errorCount: row.error_count,
    warningCount: row.warning_count,
  };
}

function toExport(row: ExportRow): ExportLogEntry {
  return {
    id: row.id,
    reportId: row.report_id,
    revisionId: row.revision_id,
    kind: row.kind as ExportKind,
    final: row.final === 1,
    path: row.path,
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Errors and not yet acknowledged warnings, as the home list shows them. */
function countFindings(report: Report, prior: Report | null, status: 'draft' | 'final') {
  const summary = summarize(runRules(report, { prior, final: status === 'final' }), report);
  return { errors: summary.errors, warnings: summary.warnings };
}

export class SqliteStore implements Store {
  readonly path: string;
  private db: Database;
  private sql: Statements;
  private inTransaction: (fn: () => unknown) => unknown;
  private lastBackupAt: number;
  /** the tail of the queue of writes: each write starts after the one before it has finished */
  private writes: Promise<unknown> = Promise.resolve();
  /** “<revision id>:<digest of its body>” → whether the body decodes */
  private readonly readableRevisions = new Map<string, Readability>();

  constructor(
    private readonly options: Required<Pick<StoreOptions, 'dir' | 'now'>> &
      Pick<StoreOptions, 'nativeBinding' | 'busyTimeoutMs' | 'lockWaitMs'>,
    db: Database,
    readonly recovery: { movedTo: string; message: string } | null,
  ) {
    this.path = join(options.dir, DATABASE_FILE);
    shortenBusyTimeout(db);
    this.db = db;
    this.sql = prepareStatements(db);
    this.inTransaction = this.makeTransaction();
    this.lastBackupAt = this.newestBackupTime();
  }

  private makeTransaction() {
    const tx = this.db.transaction((fn: () => unknown) => {
      const result = fn();
      this.sql.bumpChangeSeq.run();
      return result;
    });
    return (fn: () => unknown) => tx.immediate(fn);
  }

  /**
   * Runs `job` after every write queued before it has finished, so a save that waits for the lock is
   * never overtaken by a later one (which would then be overwritten by the older content).
   */
  private serial<T>(job: () => T | Promise<T>): Promise<T> {
    const run = this.writes.then(job);
    this.writes = run.catch(() => undefined);
    return run;
  }

  /**
   * One IMMEDIATE transaction. While another process holds the write lock, waits without blocking the
   * process and tries again, for up to LOCK_WAIT_MS; then FILE_LOCKED. A locked attempt has written
   * nothing (SQLite refuses BEGIN IMMEDIATE before any change), so a retry never writes twice.
   */
  private async write<T>(fn: () => T, patienceMs = this.options.lockWaitMs ?? LOCK_WAIT_MS): Promise<T> {
    const started = Date.now();
    for (;;) {
      try {
        return this.inTransaction(fn) as T;
      } catch (error) {
        if (!isLockedError(error)) throw error;
        if (Date.now() - started >= patienceMs) throw new ApiError('FILE_LOCKED', LOCKED_MESSAGE);
        await pause(LOCK_RETRY_INTERVAL_MS);
      }
    }
  }

  private now(): Date {
    return this.options.now();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // ─── organs ───────────────────────────────────────────────────────────────

  async listOrgans(): Promise<Organ[]> {
    return (this.sql.organs.all() as OrganRow[]).map(toOrgan);
  }

  saveOrgan(input: OrganInput): Promise<Organ> {
    return this.serial(() => this.saveOrganNow(input));
  }

  private async saveOrganNow(input: OrganInput): Promise<Organ> {
    const name = input.name.trim();
    if (name === '') throw new ApiError('INVALID_ARGS', '请填写机关名称');
    if (!(ORGAN_KINDS as readonly string[]).includes(input.kind)) throw new ApiError('INVALID_ARGS', '请选择机关类型');
    const values = { name, kind: input.kind, region: input.region.trim(), rulesPower: input.rulesPower ? 1 : 0 };
    const sameName = this.sql.organByName.get(name) as OrganRow | undefined;
    if (sameName && sameName.id !== input.id)
      throw new ApiError('CONFLICT', `已有名为“${name}”的机关，请换一个名称或直接使用它`);
    try {
      const id = await this.write(() => {
        if (input.id === undefined) return Number(this.sql.insertOrgan.run(values).lastInsertRowid);
        if (this.sql.updateOrgan.run({ ...values, id: input.id }).changes === 0) throw this.organNotFound(input.id);
        return input.id;
      });
      return toOrgan(this.sql.organById.get(id) as OrganRow);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ApiError('CONFLICT', `已有名为“${name}”的机关，请换一个名称或直接使用它`);
      throw error;
    }
  }

  private organNotFound(id: number): ApiError {
    return new ApiError('NOT_FOUND', `找不到该机关（编号 ${id}），它可能已被删除`);
  }

  private organRow(id: number): OrganRow {
    const row = this.sql.organById.get(id) as OrganRow | undefined;
    if (!row) throw this.organNotFound(id);
    return row;
  }

  // ─── reports ──────────────────────────────────────────────────────────────

  async listReports(filter: { organId?: number } = {}): Promise<ReportSummary[]> {
    // only rows counted by a version before saves recounted next year (migration 3 marked them all);
    // one attempt, outside the queue (a recount does not depend on order): while the file is locked the
    // list shows the stored counts at once, and they are recounted the next time it is listed
    const stale = this.sql.staleReports.all() as number[];
    if (stale.length > 0) {
      try {
        await this.write(() => stale.forEach((id) => this.recount(id)), 0);
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'FILE_LOCKED')) throw error;
      }
    }
    const rows = (
      filter.organId === undefined ? this.sql.summaries.all() : this.sql.summariesOfOrgan.all(filter.organId)
    ) as SummaryRow[];
    // one damaged report is marked, never hides the others; one saved by a newer program is not damaged
    return rows.map((row) => {
      const state = this.readable(row);
      if (state === 'ok') return toSummary(row);
      return state === 'newer' ? { ...toSummary(row), needsNewerVersion: true } : { ...toSummary(row), damaged: true };
    });
  }

  /**
   * Whether a report's current revision can be read back: 'newer' when a newer program wrote it (a later
   * report shape, 请先升级年报助手), 'damaged' when it cannot be read at all. Decoding is remembered per
   * revision and the exact bytes of its body (a digest costs microseconds, decoding milliseconds), so the
   * list stays cheap however often it is shown, and a body damaged while the program runs is still noticed.
   */
  private readable(row: Pick<ReportRow, 'id' | 'revision_id'>): Readability {
    const { body } = this.currentRevision(row.id);
    const key = readableKey(row.revision_id, body);
    const known = this.readableRevisions.get(key);
    if (known !== undefined) return known;
    let state: Readability = 'ok';
    try {
      decodeReport(body);
    } catch (error) {
      if (!(error instanceof DamagedRevisionError)) throw error;
      state = error instanceof NewerRevisionError ? 'newer' : 'damaged';
    }
    this.readableRevisions.set(key, state);
    return state;
  }

  private reportRow(reportId: number): ReportRow {
    const row = this.sql.reportById.get(reportId) as ReportRow | undefined;
    if (!row) throw new ApiError('NOT_FOUND', `找不到该报告（编号 ${reportId}），它可能已被删除`);
    return row;
  }

  private currentRevision(reportId: number): { hash: string; body: Buffer } {
    const row = this.sql.currentBody.get(reportId) as { hash: string; body: Buffer } | undefined;
    if (!row) throw new ApiError('NOT_FOUND', `找不到该报告（编号 ${reportId}）的内容`);
    return row;
  }

  private currentReport(reportId: number): Report {
    try {
      return decodeReport(this.currentRevision(reportId).body);
    } catch (error) {
      if (error instanceof NewerRevisionError) throw new ApiError('UNSUPPORTED', error.versionError.message);
      if (error instanceof DamagedRevisionError)
        throw new ApiError('DAMAGED', damagedMessage(this.reportRow(reportId)));
      throw error;
    }
  }

  private reportOf(organId: number, year: number): ReportRow | undefined {
    return this.sql.reportByOrganYear.get(organId, year) as ReportRow | undefined;
  }

  /**
   * Last year's report for the cross-year rules; a damaged one, or one only a newer program can read,
   * counts as absent rather than blocking this year.
   */
  private priorOf(row: Pick<ReportRow, 'organ_id' | 'year'>): Report | null {
    const prior = this.reportOf(row.organ_id, row.year - 1);
    if (!prior) return null;
    try {
      return this.currentReport(prior.id);
    } catch (error) {
      if (isUnreadable(error)) return null;
      throw error;
    }
  }

  private duplicate(organName: string, year: number, hint: string): ApiError {
    return new ApiError('CONFLICT', `“${organName}”${year}年的报告已经存在，${hint}`);
  }

  async openReport(reportId: number): Promise<ReportRecord> {
    return this.record(reportId);
  }

  private record(reportId: number): ReportRecord {
    const row = this.reportRow(reportId);
    return {
      id: row.id,
      organId: row.organ_id,
      year: row.year,
      status: row.status,
      revisionId: row.revision_id,
      updatedAt: row.updated_at,
      report: this.currentReport(row.id),
      prior: this.priorOf(row),
    };
  }

  /** Inserts a report with its first revision; call inside a write transaction. */
  private insertReport(organId: number, year: number, status: 'draft' | 'final', encoded: EncodedReport): number {
    const at = this.now();
    const reportId = Number(
      this.sql.insertReport.run({ organId, year, status, updatedAt: isoTime(at) }).lastInsertRowid,
    );
    this.appendRevision(reportId, { organ_id: organId, year, status }, encoded, at);
    return reportId;
  }

  /** A new current revision with fresh counts, and next year's counts (its X-CARRY depends on this one) with it. */
  private appendRevision(
    reportId: number,
    row: Pick<ReportRow, 'organ_id' | 'year' | 'status'>,
    encoded: EncodedReport,
    at: Date,
  ): number {
    const counts = countFindings(encoded.report, this.priorOf(row), row.status);
    const revisionId = this.keepBeside(reportId, encoded, at);
    this.sql.setCurrent.run({ reportId, revisionId, updatedAt: isoTime(at), ...counts });
    // these bytes were just made from a valid report: the next list need not decode them to know it
    // (the key holds the digest, so a rolled-back id reused for other bytes is not mistaken for them)
    this.readableRevisions.set(readableKey(revisionId, encoded.body), 'ok');
    // next year's cross-year findings (X-CARRY…) depend on this report: recounted here, in the same
    // transaction, so the list never has to (one more report through the rules per save, ~1 ms)
    const next = this.reportOf(row.organ_id, row.year + 1);
    if (next) this.recount(next.id, encoded.report);
    this.sql.thin.run({ reportId, cutoff: isoTime(new Date(at.getTime() - FULL_HISTORY_DAYS * DAY_MS)) });
    return revisionId;
  }

  createReport(organId: number, year: number): Promise<ReportRecord> {
    return this.serial(async () => {
      const organ = this.organRow(organId);
      const blank = emptyReport({
        organName: organ.name,
        organKind: organ.kind as OrganKind,
        year,
        region: organ.region,
      });
      const encoded = encodeReport({ ...blank, organ: { ...blank.organ, rulesPower: organ.rules_power === 1 } });
      return this.record(await this.insertUnique(organ, year, encoded));
    });
  }

  /** Checked inside the transaction, so two processes cannot both create the same organ and year. */
  private insertUnique(organ: OrganRow, year: number, encoded: EncodedReport): Promise<number> {
    return this.write(() => {
      if (this.reportOf(organ.id, year)) throw this.duplicate(organ.name, year, '请直接打开它');
      return this.insertReport(organ.id, year, 'draft', encoded);
    });
  }

  saveReport(
    reportId: number,
    input: Report,
    baseRevisionId?: number,
  ): Promise<{ revisionId: number; changed: boolean; savedAt: string }> {
    // the editor opens such a report read-only; this keeps any other caller from editing it either
    const edition = editionOf(input);
    if (edition.importOnly) return Promise.reject(new ApiError('UNSUPPORTED', importOnlyMessage(edition, input.year)));
    return this.serial(() => this.saveNow(reportId, input, baseRevisionId));
  }

  /**
   * saveReport inside the queue: the unchanged check sees every earlier queued save. With a base
   * revision (the one the editor started from), a save over a newer revision written by another
   * process (the CLI, a second instance) is not applied: the other version stays current, ours is kept
   * as a revision beside it, and the caller hears CONFLICT. Checked inside the write transaction, so
   * nothing can slip in between the check and the write.
   */
  private async saveNow(
    reportId: number,
    input: Report,
    baseRevisionId?: number,
  ): Promise<{ revisionId: number; changed: boolean; savedAt: string }> {
    const encoded = encodeReport(input);
    const row = this.reportRow(reportId);
    if (encoded.report.year !== null && encoded.report.year !== row.year) {
      throw new ApiError(
        'INVALID_ARGS',
        `报告中的年度（${encoded.report.year}年）与所保存的报告（${row.year}年）不一致`,
      );
    }
    // checked before any transaction starts, so an unchanged autosave writes nothing at all
    if (this.currentRevision(reportId).hash === encoded.hash) {
      return { revisionId: row.revision_id, changed: false, savedAt: row.updated_at };
    }
    const result = await this.write(() => {
      const at = this.now();
      const current = this.reportRow(reportId);
      if (baseRevisionId !== undefined && current.revision_id !== baseRevisionId)
        return { kind: 'conflict' as const, keptAs: this.keepBeside(reportId, encoded, at), at };
      const revisionId = this.appendRevision(reportId, current, encoded, at);
      return { kind: 'saved' as const, revisionId, changed: true, savedAt: isoTime(at) };
    });
    if (result.kind === 'conflict') throw new ApiError('CONFLICT', conflictMessage(result.keptAs, result.at));
    this.afterChange();
    return { revisionId: result.revisionId, changed: true, savedAt: result.savedAt };
  }

  /** Stores a revision without making it current (the losing side of a conflict, or before setCurrent). */
  private keepBeside(reportId: number, encoded: EncodedReport, at: Date): number {
    return Number(
      this.sql.insertRevision.run({
        reportId,
        createdAt: isoTime(at),
        day: localDay(at),
        hash: encoded.hash,
        bytes: encoded.body.length,
        body: encoded.body,
      }).lastInsertRowid,
    );
  }

  newFromPrior(reportId: number): Promise<ReportRecord & { notCarried: string[] }> {
    return this.serial(async () => {
      const row = this.reportRow(reportId);
      const organ = this.organRow(row.organ_id);
      const year = row.year + 1;
      if (year > YEAR_MAX) throw new ApiError('INVALID_ARGS', '年度不正确');
      if (this.reportOf(row.organ_id, year)) throw this.duplicate(organ.name, year, '请直接打开它');
      const prior = this.currentReport(reportId);
      const encoded = encodeReport(nextYearReport(prior, toOrgan(organ), year));
      return { ...this.record(await this.insertUnique(organ, year, encoded)), notCarried: notCarriedFrom(prior) };
    });
  }

  async history(reportId: number): Promise<Revision[]> {
    this.reportRow(reportId);
    return (this.sql.history.all(reportId) as Array<{ id: number; created_at: string; bytes: number }>).map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      bytes: r.bytes,
    }));
  }

  restore(reportId: number, revisionId: number): Promise<ReportRecord> {
    return this.serial(async () => {
      await this.saveNow(reportId, this.revisionBody(reportId, revisionId));
      return this.record(reportId);
    });
  }

  async revisionReport(reportId: number, revisionId: number): Promise<Report> {
    return this.revisionBody(reportId, revisionId);
  }

  private revisionBody(reportId: number, revisionId: number): Report {
    this.reportRow(reportId);
    const row = this.sql.revisionBody.get(revisionId, reportId) as { body: Buffer } | undefined;
    if (!row) throw new ApiError('NOT_FOUND', `该报告没有编号为 ${revisionId} 的历史版本，可能已按保留规则清理`);
    try {
      return decodeReport(row.body);
    } catch (error) {
      if (error instanceof NewerRevisionError) throw new ApiError('UNSUPPORTED', error.versionError.message);
      if (!(error instanceof DamagedRevisionError)) throw error;
      throw new ApiError(
        'DAMAGED',
        `历史版本（编号 ${revisionId}）也已损坏，无法恢复。请选择更早的版本，或在“备份”中恢复。`,
      );
    }
  }

  importReport(input: Report, status: 'draft' | 'final', replace: boolean): Promise<ReportRecord> {
    return this.serial(() => this.importNow(input, status, replace));
  }

  private async importNow(input: Report, status: 'draft' | 'final', replace: boolean): Promise<ReportRecord> {
    const encoded = encodeReport(input);
    const { organ, year } = encoded.report;
    if (year === null) throw new ApiError('INVALID_ARGS', '导入的报告没有年度，请先填写报告年度');
    const name = organ.name.trim();
    if (name === '') throw new ApiError('INVALID_ARGS', '导入的报告没有机关名称，请先填写机关名称');
    const id = await this.write(() => {
      const found = this.sql.organByName.get(name) as OrganRow | undefined;
      const organId =
        found?.id ??
        Number(
          this.sql.insertOrgan.run({
            name,
            kind: organ.kind,
            region: organ.region,
            rulesPower: organ.rulesPower ? 1 : 0,
          }).lastInsertRowid,
        );
      const existing = this.reportOf(organId, year);
      if (!existing) return this.insertReport(organId, year, status, encoded);
      if (!replace)
        throw this.duplicate(name, year, '如要用导入的内容替换它，请选择“替换”（原内容仍保留在历史版本中）');
      const updated = { ...existing, status };
      if (existing.status !== status) this.sql.setStatus.run(status, existing.id);
      if (this.currentRevision(existing.id).hash !== encoded.hash)
        this.appendRevision(existing.id, updated, encoded, this.now());
      else this.recount(existing.id);
      return existing.id;
    });
    this.afterChange();
    return this.record(id);
  }

  /**
   * Fresh counts; a damaged report keeps its last counts (the list marks it 损坏) and is not retried.
   * `prior`: last year's report when the caller has just written it (saves decoding it again).
   */
  private recount(reportId: number, prior?: Report): void {
    const row = this.reportRow(reportId);
    let counts = { errors: row.error_count, warnings: row.warning_count };
    try {
      counts = countFindings(this.currentReport(reportId), prior ?? this.priorOf(row), row.status);
    } catch (error) {
      if (!isUnreadable(error)) throw error;
    }
    this.sql.setCounts.run({ reportId, ...counts });
  }

  setStatus(reportId: number, status: 'draft' | 'final'): Promise<void> {
    return this.serial(async () => {
      this.reportRow(reportId);
      await this.write(() => {
        this.sql.setStatus.run(status, reportId);
        this.recount(reportId);
      });
    });
  }

  // ─── export log ──────────────────────────────────────────────────────────

  logExport(entry: {
    reportId: number;
    revisionId: number;
    kind: ExportKind;
    final: boolean;
    path: string;
    sha256: string;
  }): Promise<ExportLogEntry> {
    return this.serial(async () => {
      this.reportRow(entry.reportId);
      if (!this.sql.revisionBody.get(entry.revisionId, entry.reportId)) {
        throw new ApiError('NOT_FOUND', `该报告没有编号为 ${entry.revisionId} 的版本，无法记录导出`);
      }
      const id = await this.write(() =>
        Number(
          this.sql.insertExport.run({ ...entry, final: entry.final ? 1 : 0, createdAt: isoTime(this.now()) })
            .lastInsertRowid,
        ),
      );
      return toExport(this.sql.exportById.get(id) as ExportRow);
    });
  }

  async listExports(reportId: number): Promise<ExportLogEntry[]> {
    this.reportRow(reportId);
    return (this.sql.exportsOf.all(reportId) as ExportRow[]).map(toExport);
  }

  // ─── housekeeping after a write ──────────────────────────────────────────

  /** Never throws: the save itself is committed, and a retry of it must not be asked for. */
  private afterChange(): void {
    try {
      this.giveBackSpace();
    } catch {
      // locked by another process or out of space: the free pages are given back after a later save
    }
    if (this.now().getTime() - this.lastBackupAt >= BACKUP_INTERVAL_MS) {
      try {
        this.backupIfChanged();
      } catch {
        // the save itself is committed; a failed periodic backup is retried on the next save
      }
    }
  }

  private giveBackSpace(): void {
    const free = this.db.pragma('freelist_count', { simple: true }) as number;
    if (free > FREE_PAGES_BEFORE_VACUUM) this.db.pragma('incremental_vacuum');
  }

  // ─── backups ─────────────────────────────────────────────────────────────

  private changeSeq(): number {
    return this.sql.changeSeq.get() as number;
  }

  private newestBackupTime(): number {
    const newest = listBackupFiles(this.options.dir)[0];
    return newest ? Date.parse(newest.createdAt) : 0;
  }

  /** Backs up when there is something to keep and it changed since the newest backup. */
  backupIfChanged(): BackupInfo | null {
    if ((this.sql.organCount.get() as number) === 0) return null;
    const newest = listBackupFiles(this.options.dir)[0];
    if (newest && newest.changeSeq === this.changeSeq()) return null;
    return this.backupSync();
  }

  async backup(): Promise<BackupInfo> {
    return this.backupSync();
  }

  private backupSync(): BackupInfo {
    const info = writeBackupSync(this.db, this.options.dir, this.now(), this.changeSeq());
    this.lastBackupAt = Date.parse(info.createdAt);
    return info;
  }

  async backupNow(): Promise<BackupInfo> {
    const info = await writeBackupAsync(this.db, this.options.dir, this.now(), this.changeSeq());
    this.lastBackupAt = Date.parse(info.createdAt);
    return info;
  }

  async listBackups(): Promise<BackupInfo[]> {
    return listBackupFiles(this.options.dir).map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes }));
  }

  restoreBackup(name: string): Promise<void> {
    return this.serial(() => this.restoreBackupNow(name));
  }

  private async restoreBackupNow(name: string): Promise<void> {
    const source = backupPath(this.options.dir, name);
    const health = inspectDatabase(source, this.options);
    if (health.state !== 'ok') throw new ApiError('INVALID_ARGS', `备份“${name}”已损坏，不能用于恢复，请选择其他备份`);
    const staged = newStagedRestorePath(this.path);
    copyFileSync(source, staged);
    syncFileAndFolder(staged, this.options.dir);
    this.db.close();
    let keptAside: string | null = null;
    try {
      if (existsSync(this.path)) keptAside = moveAside(this.path, 'before-restore', this.now());
      renameSync(staged, this.path);
      syncFileAndFolder(this.path, this.options.dir);
    } catch (error) {
      if (keptAside && !existsSync(this.path)) renameSync(keptAside, this.path);
      rmSync(staged, { force: true });
      this.reconnect();
      throw error;
    }
    this.reconnect();
    makeDatabasePrivate(this.path);
    // later backups must not be mistaken for copies of the restored content
    const highest = Math.max(this.changeSeq(), ...listBackupFiles(this.options.dir).map((b) => b.changeSeq));
    // the write itself bumps the counter once more: highest + 1
    await this.write(() => this.sql.setChangeSeq.run(highest));
  }

  private reconnect(): void {
    this.db = openConnection(this.path, this.options);
    migrate(this.db);
    shortenBusyTimeout(this.db);
    this.sql = prepareStatements(this.db);
    this.inTransaction = this.makeTransaction();
  }
}

type Readability = 'ok' | 'damaged' | 'newer';

/** A report that cannot be read here: damaged, or saved by a newer program. */
function isUnreadable(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'DAMAGED' || error.code === 'UNSUPPORTED');
}

function importOnlyMessage(edition: FormatEdition, year: number | null): string {
  const which = year === null ? '该报告' : `${year}年报告`;
  return (
    `${which}为${edition.name}，只能查看、核对和导出，不能修改：${importOnlyReason(edition, CURRENT_EDITION)}` +
    '如需填写下一年度报告，请在首页或该报告页首以此为基础新建（按现行格式填写）。'
  );
}

function damagedMessage(row: Pick<ReportRow, 'id' | 'year'>): string {
  return (
    `${row.year}年报告（编号 ${row.id}）当前保存的内容已损坏，无法读取；其他报告不受影响。` +
    '请在首页该报告一行点“恢复”，从最近一个完好的历史版本找回；如历史版本也已损坏，请在“备份”中恢复。'
  );
}

function conflictMessage(keptRevisionId: number, at: Date): string {
  return (
    '另一个程序修改了这份报告（命令行或另一个年报助手窗口），为了不覆盖它的修改，本窗口的这次修改没有替换当前内容，' +
    `而是另存为历史版本（${displayTime(at)}，编号 ${keptRevisionId}），没有丢失。` +
    '请点“载入最新内容”查看对方的修改；如要用本窗口的内容，可在“历史版本”中恢复该版本。'
  );
}

/** The database and its companions (SQLite gives -wal and -shm the database's mode when it creates them). */
function makeDatabasePrivate(path: string): void {
  for (const file of [path, ...COMPANION_SUFFIXES.map((suffix) => path + suffix)])
    if (existsSync(file)) makePrivate(file, PRIVATE_FILE_MODE);
}

function recoveryMessage(movedTo: string, dir: string): string {
  const newest = listBackupFiles(dir)[0];
  const backup = newest
    ? `可以在“备份”中恢复最近的备份“${newest.name}”（${displayTime(new Date(newest.createdAt))}）。`
    : '没有找到可以恢复的备份。';
  return `数据库文件已损坏，无法读取。原文件已改名为“${movedTo}”保留（没有删除），并已新建一个空的数据库。${backup}`;
}

/**
 * Opens (or creates) the store in `dir`. A damaged file is moved aside and replaced by a fresh one, with
 * `recovery` saying so; a file from a newer version is refused untouched.
 */
export function openStore(options: StoreOptions): SqliteStore {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  // other users of the PC must not read the drafts; a folder made by an older version is tightened too
  makePrivate(options.dir, PRIVATE_FOLDER_MODE);
  const path = join(options.dir, DATABASE_FILE);
  const connection = {
    nativeBinding: options.nativeBinding,
    busyTimeoutMs: options.busyTimeoutMs,
    lockWaitMs: options.lockWaitMs,
  };
  finishInterruptedRestore(path, now(), connection);
  const health = inspectDatabase(path, connection);
  mkdirSync(backupDir(options.dir), { recursive: true, mode: PRIVATE_FOLDER_MODE });
  makePrivate(backupDir(options.dir), PRIVATE_FOLDER_MODE);
  removeStaleTemps(options.dir);
  let recovery: { movedTo: string; message: string } | null = null;
  if (health.state === 'missing') moveOrphanCompanions(path, now());
  if (health.state === 'damaged') {
    const movedTo = moveAside(path, 'damaged', now());
    recovery = { movedTo, message: recoveryMessage(movedTo, options.dir) };
  }
  const db = openConnection(path, connection);
  makeDatabasePrivate(path);
  let store: SqliteStore;
  try {
    migrate(db);
    store = new SqliteStore({ dir: options.dir, now, ...connection }, db, recovery);
  } catch (error) {
    db.close();
    if (isLockedError(error)) throw new ApiError('FILE_LOCKED', LOCKED_MESSAGE);
    throw error;
  }
  try {
    store.backupIfChanged();
  } catch {
    // a store that cannot write a backup (full disk, read-only backups folder) still opens
  }
  return store;
}
