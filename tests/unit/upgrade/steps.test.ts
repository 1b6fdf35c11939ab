/**
 * The upgrade chain, one test per step, each on a stored fixture of the old shape, plus what the chain
 * refuses. A step may add or move fields; it must never lose one.
 */
import { describe, expect, it } from 'vitest';
import {
  REPORT_SCHEMA_VERSION,
  ReportVersionError,
  reportSchema,
  UPGRADE_STEPS,
  upgradeReport,
} from '../../../shared/report';
import { v1ToV2 } from '../../../shared/report/upgrade/v1-to-v2';
import { editionOf } from '../../../shared/format';
import { v1Body } from './fixtures';

function refusal(report: Record<string, unknown>): ReportVersionError {
  try {
    upgradeReport(report, '该报告');
  } catch (error) {
    expect(error).toBeInstanceOf(ReportVersionError);
    return error as ReportVersionError;
  }
  throw new Error('expected a refusal');
}

describe('the upgrade chain', () => {
  it('has one step per earlier version', () => {
    expect(UPGRADE_STEPS).toHaveLength(REPORT_SCHEMA_VERSION - 1);
  });

  it('step 1 → 2: a stored version-1 report names the 2021 edition and keeps every other field as it was', () => {
    const old = v1Body();
    expect(old.schemaVersion).toBe(1);
    expect('format' in old).toBe(false);
    const upgraded = v1ToV2(old);
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.format).toBe('2021');
    const { schemaVersion: _a, format: _b, ...rest } = upgraded;
    const { schemaVersion: _c, ...oldRest } = old;
    expect(rest).toEqual(oldRest);
    // the schema of version 2 accepts it unchanged (a strict schema: nothing unknown, nothing missing)
    const parsed = reportSchema.parse(upgraded);
    expect(parsed).toEqual(upgraded);
    expect(editionOf(parsed).id).toBe('2021');
    // the step is pure: the old object is untouched
    expect(old.schemaVersion).toBe(1);
  });

  it('runs every step from the version a report was written in', () => {
    const { data, from } = upgradeReport(v1Body());
    expect(from).toBe(1);
    expect(data.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(reportSchema.safeParse(data).success).toBe(true);
    // a current report passes through unchanged
    const current = reportSchema.parse(data);
    expect(upgradeReport(current)).toEqual({ data: current, from: REPORT_SCHEMA_VERSION });
  });

  it('reads a report without a version number as version 1 when it names no edition, else as current', () => {
    const { schemaVersion: _v, ...unversioned } = v1Body();
    expect(upgradeReport(unversioned).from).toBe(1);
    expect(upgradeReport({ ...unversioned, format: '2021' }).from).toBe(REPORT_SCHEMA_VERSION);
  });

  it('refuses a report from a newer program in Chinese, asking for the newer program', () => {
    const error = refusal({ ...v1Body(), schemaVersion: REPORT_SCHEMA_VERSION + 1 });
    expect(error.reason).toBe('newer');
    expect(error.message).toContain(`数据版本 ${REPORT_SCHEMA_VERSION + 1}`);
    expect(error.message).toContain('请先升级年报助手');
  });

  it('refuses a version number that is not one', () => {
    for (const bad of [0, -1, 1.5, '1', null]) {
      const error = refusal({ ...v1Body(), schemaVersion: bad });
      expect(error.reason).toBe('unreadable');
      expect(error.message).toMatch(/^该报告的版本号“.*”无法识别/);
    }
  });
});
