/**
 * The upgrade chain: brings a report of any earlier shape version up to REPORT_SCHEMA_VERSION, one pure
 * step per version (vN → vN+1), before the schema checks it. Run wherever a stored report comes back in:
 * revision bodies in the store (electron/services/store/revision-body.ts) and report files
 * (shared/report-file). A report from a newer program is refused, never read half right.
 */
import { REPORT_SCHEMA_VERSION } from '../schema';
import { v1ToV2 } from './v1-to-v2';

type Step = (report: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** UPGRADE_STEPS[n - 1] turns version n into version n + 1. */
export const UPGRADE_STEPS: readonly Step[] = [v1ToV2];

/** Why a report cannot be upgraded; the message is Chinese and says what to do. */
export class ReportVersionError extends Error {
  constructor(
    readonly reason: 'newer' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'ReportVersionError';
  }
}

export interface UpgradedReport {
  /** the report in the current shape, still to be checked by the schema */
  data: Record<string, unknown>;
  /** the version it was written in */
  from: number;
}

/**
 * `what` names the thing for the message (该报告, 报告数据 …). A report without a version number is taken
 * as version 1 when it names no edition (as version 1 wrote none), else as the current version.
 */
export function upgradeReport(report: Readonly<Record<string, unknown>>, what = '该报告'): UpgradedReport {
  const version =
    report.schemaVersion === undefined ? ('format' in report ? REPORT_SCHEMA_VERSION : 1) : report.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ReportVersionError('unreadable', `${what}的版本号“${String(version)}”无法识别，数据可能已损坏。`);
  }
  if (version > REPORT_SCHEMA_VERSION) {
    throw new ReportVersionError(
      'newer',
      `${what}由更新版本的年报助手保存（数据版本 ${version}，本程序只支持到 ${REPORT_SCHEMA_VERSION}），请先升级年报助手再打开。`,
    );
  }
  let data: Record<string, unknown> = { ...report, schemaVersion: version };
  for (let v = version; v < REPORT_SCHEMA_VERSION; v++) data = UPGRADE_STEPS[v - 1]!(data);
  return { data, from: version };
}
