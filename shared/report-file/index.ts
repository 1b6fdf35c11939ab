/**
 * The whole-report file (.nianbao.json): moves a draft between machines and carries a report to the
 * supervising office. An envelope names the format and its version so a file from a newer program is
 * refused instead of being read half right; a bare report object (no envelope) is accepted too. The
 * report inside is brought up to the current shape by the upgrade chain (shared/report/upgrade) first,
 * so a file exported by any earlier version still opens. Not an importer of published documents
 * (shared/import): this is the program's own format.
 */
import type { z } from 'zod';
import { ApiError } from '../errors';
import type { ImportIssue } from '../import/outcome';
import { ReportVersionError, anyReportSchema, upgradeReport, type Report } from '../report';
import { describeReportPath } from './field-names';

export const REPORT_FILE_EXTENSION = '.nianbao.json';
export const REPORT_FILE_FORMAT = 'nianbao-report';
/** The envelope's version; the report inside carries its own (REPORT_SCHEMA_VERSION). */
export const REPORT_FILE_SCHEMA_VERSION = 1;

export interface ReportFileMeta {
  appVersion: string;
  /** ISO time */
  exportedAt: string;
}

export interface ReportFileResult {
  report: Report;
  issues: ImportIssue[];
}

function fail(message: string): never {
  throw new ApiError('PARSE_FAILED', message);
}

/** Pretty-printed, keys in schema order, so two exports of the same report are byte-identical. */
export function serializeReportFile(report: Report, meta: ReportFileMeta): string {
  const checked = anyReportSchema.safeParse(report, { reportInput: true });
  if (!checked.success)
    throw new ApiError('INVALID_ARGS', `报告数据有误，无法保存为文件：${explainIssue(checked.error.issues[0])}`);
  const envelope = {
    format: REPORT_FILE_FORMAT,
    schemaVersion: REPORT_FILE_SCHEMA_VERSION,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    report: checked.data,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function jsonSyntaxMessage(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : '';
  const pos = /position (\d+)/.exec(detail);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    return `文件不是有效的 JSON 格式（第 ${line} 行附近有语法错误），可能已损坏或被手工改动。`;
  }
  return '文件不是有效的 JSON 格式，可能已损坏或被手工改动。';
}

/** The envelope's own version (its fields), apart from the version of the report inside. */
function checkEnvelopeVersion(version: unknown): void {
  if (version === undefined) return;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail(`该文件的版本号“${String(version)}”无法识别，文件可能已损坏。`);
  }
  if (version > REPORT_FILE_SCHEMA_VERSION) {
    fail(
      `该文件由更新版本的年报助手生成（文件版本 ${version}，本程序只支持到 ${REPORT_FILE_SCHEMA_VERSION}），请先升级年报助手再导入。`,
    );
  }
}

export function parseReportFile(text: string): ReportFileResult {
  const issues: ImportIssue[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(jsonSyntaxMessage(text, error));
  }
  if (!isObject(data)) fail('文件内容不是年报数据：应为一个 JSON 对象。');

  let raw: unknown;
  // a bare report names its edition in `format` too ('2021'): report fields without a `report` field are a report
  const bareReport = !('report' in data) && ('organ' in data || 'tables' in data);
  if ('format' in data && !bareReport) {
    if (data.format !== REPORT_FILE_FORMAT) {
      fail(`这不是年报助手的报告文件（文件格式标记为“${String(data.format)}”，应为“${REPORT_FILE_FORMAT}”）。`);
    }
    checkEnvelopeVersion(data.schemaVersion);
    if (!('report' in data)) fail('报告文件中缺少报告内容（report 字段）。');
    raw = data.report;
  } else if (bareReport) {
    raw = data;
    issues.push({ severity: 'info', message: '文件没有年报助手的文件头，已直接按报告数据读取。' });
  } else {
    fail('文件内容不是年报数据：既没有年报助手的文件头，也没有机关（organ）和表格（tables）等报告字段。');
  }
  if (!isObject(raw)) fail('报告内容（report 字段）应为一个 JSON 对象。');

  let upgraded: ReturnType<typeof upgradeReport>;
  try {
    upgraded = upgradeReport(raw, '报告数据');
  } catch (error) {
    if (error instanceof ReportVersionError) fail(error.message);
    throw error;
  }
  if (raw.schemaVersion === undefined) {
    issues.push({ severity: 'info', message: `报告数据未注明版本，已按第 ${upgraded.from} 版读取。` });
  }
  const parsed = anyReportSchema.safeParse(upgraded.data, { reportInput: true });
  if (!parsed.success) fail(`报告数据有误，无法导入：${explainIssue(parsed.error.issues[0])}`);
  return { report: parsed.data, issues };
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  null: '空白',
};

/** zod's own messages are English; a message written for the clerk starts in Chinese. */
function isClerkMessage(s: string): boolean {
  return /^[\u4e00-\u9fff]/.test(s);
}

/** The first zod issue as a Chinese sentence that names the field. */
export function explainIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '内容不符合要求';
  const where = describeReportPath(issue.path);
  const prefix = where ? `${where}` : '报告';
  if (isClerkMessage(issue.message)) return `${prefix}：${issue.message}`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `缺少${prefix}` : `${prefix}的类型不对，应为${expected}`;
    }
    case 'unrecognized_keys':
      return `${prefix}含有无法识别的字段：${issue.keys.join('、')}`;
    case 'too_big':
      return `${prefix}超出允许范围（最多 ${String(issue.maximum)}）`;
    case 'too_small':
      return `${prefix}低于允许范围（至少 ${String(issue.minimum)}）`;
    case 'invalid_value':
      return `${prefix}的取值不在允许范围内（可选：${issue.values.map(String).join('、')}）`;
    default:
      return `${prefix}不符合要求`;
  }
}
