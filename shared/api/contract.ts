/**
 * The one contract between the renderer and the main side. Channel names are written here once;
 * the Electron preload and ipcMain binding, and the loopback test host, are all built from it.
 * Every argument is validated with its schema before a handler runs; results travel as envelopes.
 */
import { z } from 'zod';
import { ORGAN_KINDS } from '../format';
import { reportSchema } from '../report';

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
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportRecordSchema = z.strictObject({
  id,
  organId: id,
  year: z.number().int(),
  status: reportStatusSchema,
  revisionId: id,
  updatedAt: isoTime,
  report: reportSchema,
  /** the same organ's report of the year before, for the cross-year rules */
  prior: reportSchema.nullable(),
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

export const importIssueSchema = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** where in the source: a line number or a table label */
  where: z.string().optional(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/** A fact about the report the import could not read or decide: the clerk is asked before it is stored. */
export const importQuestionSchema = z.strictObject({
  field: z.enum(['organ', 'year', 'kind', 'rulesPower']),
  /** why it is asked, in Chinese */
  reason: z.string(),
});
export type ImportQuestion = z.infer<typeof importQuestionSchema>;

/** One line of the import report: a part of the report (标题, 引言, 一…六, 落款), what was read, normalised, missing. */
export const importSummaryRowSchema = z.strictObject({
  part: z.string(),
  read: z.string(),
  normalised: z.array(z.string()),
  missing: z.array(z.string()),
});
export type ImportSummaryRow = z.infer<typeof importSummaryRowSchema>;

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
    args: z.strictObject({ reportId: id, report: reportSchema }),
    result: z.strictObject({ revisionId: id, changed: z.boolean(), savedAt: isoTime }),
  },
  'reports.newFromPrior': { args: reportRef, result: reportRecordSchema },
  'reports.history': { args: reportRef, result: z.array(revisionSchema) },
  /** the history as editing sessions, each with what it changed */
  'reports.sessions': { args: reportRef, result: z.array(historySessionSchema) },
  'reports.restore': { args: z.strictObject({ reportId: id, revisionId: id }), result: reportRecordSchema },
  'reports.import': {
    args: z.strictObject({ report: reportSchema, status: reportStatusSchema, replace: z.boolean() }),
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
      format: z.enum(['text', 'html', 'docx', 'json']),
      report: reportSchema,
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
  'backups.list': { args: empty, result: z.array(backupSchema) },
  'backups.restore': { args: z.strictObject({ name: z.string().min(1).max(200) }), result: empty },
} as const;

export type Channel = keyof typeof CONTRACT;
export const CHANNELS = Object.keys(CONTRACT) as Channel[];
export type ArgsOf<K extends Channel> = z.input<(typeof CONTRACT)[K]['args']>;
export type ResultOf<K extends Channel> = z.output<(typeof CONTRACT)[K]['result']>;

/** Error codes that cross the boundary; the message is always Chinese and shown to the clerk as is. */
export type ErrorCode =
  | 'INVALID_ARGS'
  /** the caller is not our own page (loopback host: token, Origin, Host; Electron: sender frame) */
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'CANCELLED'
  | 'UNSUPPORTED'
  | 'FILE_LOCKED'
  | 'PARSE_FAILED'
  | 'HAS_ERRORS'
  | 'INTERNAL';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Commands the application menu sends to the renderer (Electron only; the test host never sends any). */
export const MENU_COMMANDS = ['new', 'open', 'export-docx', 'export-pdf', 'print'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
/** The one event channel on which the main process sends menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'nianbao:menu-command';

/** window.nianbao: the only door out of the renderer. */
export interface Api {
  invoke<K extends Channel>(channel: K, args: ArgsOf<K>): Promise<Envelope<ResultOf<K>>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(CONTRACT, name);
}
