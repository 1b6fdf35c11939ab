/**
 * The one contract between the renderer and the main side. Channel names are written here once;
 * the Electron preload and ipcMain binding, and the loopback test host, are all built from it.
 * Every argument is validated with its schema before a handler runs; results travel as envelopes.
 */
import { z } from 'zod';
import { ORGAN_KINDS, RULES, type RuleId } from '../format';
import { IMPORT_FORMATS } from '../import/formats';
import { anyReportSchema } from '../report';
import { importIssueSchema, importQuestionSchema, importSummaryRowSchema } from '../import/outcome';
import type { ErrorCode } from '../errors';
import {
  isChannelName,
  UNITS_SESSION_MAX,
  UNITS_UPLOAD_BATCH,
  UNITS_UPLOAD_MAX_CHARS,
  type ChannelName,
  type MenuCommand,
} from './channels';

export { importIssueSchema, importQuestionSchema, importSummaryRowSchema } from '../import/outcome';
export type { ImportIssue, ImportQuestion, ImportSummaryRow } from '../import/outcome';
export { ApiError, type ErrorCode } from '../errors';
export {
  CHANNEL_NAMES,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  UNITS_SESSION_MAX,
  UNITS_UPLOAD_BATCH,
  UNITS_UPLOAD_MAX_CHARS,
  type MenuCommand,
} from './channels';

const id = z.number().int().positive();
const isoTime = z.string().max(40);

export const organSchema = z.strictObject({
  id,
  name: z.string(),
  kind: z.enum(ORGAN_KINDS),
  region: z.string(),
  rulesPower: z.boolean(),
});
export type Organ = z.infer<typeof organSchema>;

export const organInputSchema = z.strictObject({
  id: id.optional(),
  name: z.string().trim().min(1, { error: '请填写机关名称' }).max(100, { error: '机关名称过长' }),
  kind: z.enum(ORGAN_KINDS, { error: '请选择机关类型' }),
  region: z.string().trim().max(100),
  rulesPower: z.boolean(),
});

export const reportStatusSchema = z.enum(['draft', 'final']);

export const reportSummarySchema = z.strictObject({
  id,
  organId: id,
  organName: z.string(),
  organKind: z.enum(ORGAN_KINDS),
  year: z.number().int(),
  status: reportStatusSchema,
  revisionId: id,
  updatedAt: isoTime,
  errorCount: z.number().int().nonnegative(),
  warningCount: z.number().int().nonnegative(),
  /** set when the current content cannot be read back (损坏): offer restore from history or a backup */
  damaged: z.boolean().optional(),
  /**
   * set when the current content was saved by a newer version of the program (a later report shape): not
   * damaged, only unreadable here; the way forward is that version (需要新版本), never a restore
   */
  needsNewerVersion: z.boolean().optional(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportRecordSchema = z.strictObject({
  id,
  organId: id,
  year: z.number().int(),
  status: reportStatusSchema,
  revisionId: id,
  updatedAt: isoTime,
  report: anyReportSchema,
  /** the same organ's report of the year before, for the cross-year rules */
  prior: z.nullable(anyReportSchema),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;

export const revisionSchema = z.strictObject({ id, createdAt: isoTime, bytes: z.number().int().nonnegative() });
export type Revision = z.infer<typeof revisionSchema>;

export const historySessionSchema = z.strictObject({
  /** the newest revision of the session: what 恢复 gives back */
  revisionId: id,
  startedAt: isoTime,
  endedAt: isoTime,
  /** the session's revisions (autosaves), newest first, each of which can be restored */
  revisions: z.array(z.strictObject({ id, createdAt: isoTime })).min(1),
  /** the session holds the report's current revision */
  current: z.boolean(),
  /** the session holds the report's first revision (created or imported) */
  created: z.boolean(),
  /** what the session changed, place by place, as the clerk reads it */
  changes: z.array(
    z.strictObject({
      place: z.string(),
      text: z.string(),
      cells: z.number().int().nonnegative(),
      texts: z.number().int().nonnegative(),
      fields: z.number().int().nonnegative(),
    }),
  ),
});
export type HistorySession = z.infer<typeof historySessionSchema>;

export const exportKindSchema = z.enum(['docx', 'pdf', 'html', 'json']);
export type ExportKind = z.infer<typeof exportKindSchema>;

export const exportLogEntrySchema = z.strictObject({
  id,
  reportId: id,
  revisionId: id,
  kind: exportKindSchema,
  final: z.boolean(),
  path: z.string(),
  sha256: z.string(),
  createdAt: isoTime,
});
export type ExportLogEntry = z.infer<typeof exportLogEntrySchema>;

export const backupSchema = z.strictObject({
  name: z.string(),
  createdAt: isoTime,
  bytes: z.number().int().nonnegative(),
});

/** 多单位核对: one overview row (shared/units OverviewRow). */
export const overviewRowSchema = z.strictObject({
  file: z.string(),
  format: z.enum(IMPORT_FORMATS).nullable(),
  organ: z.string(),
  kind: z.enum(ORGAN_KINDS).nullable(),
  year: z.number().int().nullable(),
  status: z.enum(['ok', 'errors', 'unreadable']),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  findingIds: z.array(z.enum(RULES.map((r) => r.id) as [RuleId, ...RuleId[]])),
  importNotes: z.number().int().nonnegative(),
  prior: z.string().nullable(),
  message: z.string().nullable(),
});

const unitsSessionId = z.string().regex(/^[0-9a-f-]{36}$/, { error: '核对编号不正确' });
const unitsOverview = z.strictObject({ sessionId: unitsSessionId, rows: z.array(overviewRowSchema) });
const unitFile = z.strictObject({
  fileName: z.string().min(1).max(260),
  contentBase64: z.string().max(UNITS_UPLOAD_MAX_CHARS),
});

const empty = z.strictObject({});
const reportRef = z.strictObject({ reportId: id });

export const CONTRACT = {
  'app.info': {
    args: empty,
    result: z.strictObject({
      version: z.string(),
      dataDir: z.string(),
      /** set when a damaged database was moved aside at start */
      recovery: z.strictObject({ movedTo: z.string(), message: z.string() }).nullable(),
      /** what the shell can do with a saved export: show it in its folder (Electron), hand it to the browser as a download */
      exportsShell: z.strictObject({ showInFolder: z.boolean(), download: z.boolean() }),
    }),
  },
  'organs.list': { args: empty, result: z.array(organSchema) },
  'organs.save': { args: organInputSchema, result: organSchema },
  'reports.list': { args: z.strictObject({ organId: id.optional() }), result: z.array(reportSummarySchema) },
  'reports.create': {
    args: z.strictObject({
      organId: id,
      year: z.number().int().min(2008, { error: '年度不正确' }).max(2100, { error: '年度不正确' }),
    }),
    result: reportRecordSchema,
  },
  'reports.open': { args: reportRef, result: reportRecordSchema },
  'reports.save': {
    args: z.strictObject({
      reportId: id,
      report: anyReportSchema,
      /**
       * the revision the editor started from (its last acknowledged save): a newer revision written
       * meanwhile by another program answers CONFLICT instead of being overwritten
       */
      baseRevisionId: id.optional(),
    }),
    result: z.strictObject({ revisionId: id, changed: z.boolean(), savedAt: isoTime }),
  },
  'reports.newFromPrior': {
    args: reportRef,
    result: z.strictObject({
      ...reportRecordSchema.shape,
      /**
       * what of last year's report was not carried over and why, in Chinese (last year's report of an
       * older edition: its 表二 columns, its single （六）其他处理 row); empty when everything maps
       */
      notCarried: z.array(z.string()),
    }),
  },
  'reports.history': { args: reportRef, result: z.array(revisionSchema) },
  /** the history as editing sessions, each with what it changed */
  'reports.sessions': { args: reportRef, result: z.array(historySessionSchema) },
  'reports.restore': { args: z.strictObject({ reportId: id, revisionId: id }), result: reportRecordSchema },
  'reports.import': {
    args: z.strictObject({ report: anyReportSchema, status: reportStatusSchema, replace: z.boolean() }),
    result: reportRecordSchema,
  },
  'reports.exports': { args: reportRef, result: z.array(exportLogEntrySchema) },
  /** 标记为定稿 (refused while the final rules find errors) and 撤回为草稿; the history is untouched */
  'reports.setStatus': {
    args: z.strictObject({ reportId: id, status: reportStatusSchema }),
    result: z.strictObject({ status: reportStatusSchema }),
  },
  'import.parse': {
    args: z.strictObject({ fileName: z.string().max(260), contentBase64: z.string().max(70_000_000) }),
    result: z.strictObject({
      format: z.enum(IMPORT_FORMATS),
      report: anyReportSchema,
      issues: z.array(importIssueSchema),
      /** added for issue 9 (optional, so older callers keep working): what to ask before storing */
      questions: z.array(importQuestionSchema).optional(),
      /** added for issue 9 (optional): the import report per part, for the dialog and the CLI */
      summary: z.array(importSummaryRowSchema).optional(),
    }),
  },
  'export.file': {
    args: z.strictObject({ reportId: id, kind: exportKindSchema, final: z.boolean() }),
    result: z.strictObject({
      path: z.string(),
      sha256: z.string(),
      final: z.boolean(),
      bytes: z.number().int(),
      /** its entry in the export log */
      exportId: id,
    }),
  },
  /** a logged export's bytes, for the browser to download (browser mode) */
  'export.download': {
    args: z.strictObject({ reportId: id, exportId: id }),
    result: z.strictObject({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() }),
  },
  /** a logged export shown selected in the system's file manager (Electron) */
  'export.showInFolder': { args: z.strictObject({ reportId: id, exportId: id }), result: empty },
  'export.print': { args: reportRef, result: empty },
  'units.upload': {
    args: z
      .strictObject({ sessionId: unitsSessionId.nullable(), files: z.array(unitFile).min(1).max(UNITS_UPLOAD_BATCH) })
      .refine((a) => a.files.reduce((n, f) => n + f.contentBase64.length, 0) <= UNITS_UPLOAD_MAX_CHARS, {
        error: '一次上传的文件过大，请分批上传',
      }),
    result: unitsOverview,
  },
  /** Electron: a folder or files chosen in a native dialog (CANCELLED when closed); the browser uploads */
  'units.choose': { args: z.strictObject({ mode: z.enum(['folder', 'files']) }), result: unitsOverview },
  'units.unit': {
    args: z.strictObject({ sessionId: unitsSessionId, index: z.number().int().nonnegative().max(UNITS_SESSION_MAX) }),
    result: z.strictObject({ row: overviewRowSchema, report: anyReportSchema, prior: z.nullable(anyReportSchema) }),
  },
  'units.exportOverview': {
    args: z.strictObject({ sessionId: unitsSessionId }),
    result: z.strictObject({ path: z.string(), bytes: z.number().int() }),
  },
  'units.aggregate': {
    args: z.strictObject({
      sessionId: unitsSessionId,
      organ: z.string().trim().min(1, { error: '请填写汇总报告的机关名称' }).max(100, { error: '机关名称过长' }),
      kind: z.enum(ORGAN_KINDS, { error: '请选择机关类型' }),
      year: z.number().int().min(2008, { error: '年度不正确' }).max(2100, { error: '年度不正确' }),
      includeErrors: z.boolean(),
    }),
    result: z.strictObject({
      reportId: id,
      included: z.array(z.strictObject({ file: z.string(), organ: z.string() })),
      refused: z.array(z.strictObject({ file: z.string(), organ: z.string(), reason: z.string() })),
    }),
  },
  'backups.list': { args: empty, result: z.array(backupSchema) },
  'backups.restore': { args: z.strictObject({ name: z.string().min(1).max(200) }), result: empty },
} as const satisfies Record<ChannelName, { args: z.ZodType; result: z.ZodType }>;

export type Channel = keyof typeof CONTRACT;
// every name in ./channels has its schemas above (satisfies), and no channel here lacks its name there
const everyChannelNamed: ChannelName = '' as Channel;
void everyChannelNamed;
export const CHANNELS = Object.keys(CONTRACT) as Channel[];
export type ArgsOf<K extends Channel> = z.input<(typeof CONTRACT)[K]['args']>;
export type ResultOf<K extends Channel> = z.output<(typeof CONTRACT)[K]['result']>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** window.nianbao: the only door out of the renderer. */
export interface Api {
  invoke<K extends Channel>(channel: K, args: ArgsOf<K>): Promise<Envelope<ResultOf<K>>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export function isChannel(name: string): name is Channel {
  return isChannelName(name);
}
