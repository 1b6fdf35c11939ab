/** A .nianbao.json exported by an earlier version opens, upgraded; nothing in it is lost. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors';
import { REPORT_SCHEMA_VERSION } from '../../../shared/report';
import { parseReportFile, REPORT_FILE_SCHEMA_VERSION, serializeReportFile } from '../../../shared/report-file';
import { v1Body, v1ReportFileText } from './fixtures';

describe('report files of earlier versions', () => {
  it('opens a version-1 export: the 2021 edition, every field as written', () => {
    const text = v1ReportFileText();
    const envelope = JSON.parse(text) as { schemaVersion: number; report: Record<string, unknown> };
    expect(envelope.report.schemaVersion).toBe(1);
    const { report, issues } = parseReportFile(text);
    expect(issues).toEqual([]);
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(report.format).toBe('2021');
    const { schemaVersion: _a, format: _b, ...rest } = report;
    const { schemaVersion: _c, ...written } = envelope.report;
    expect(rest).toEqual(written);
    // the version-1 export and the version-1 stored body hold the same report
    expect(parseReportFile(JSON.stringify(v1Body())).report).toEqual(report);
  });

  it('writes it back in the current shape, and that reads back the same', () => {
    const { report } = parseReportFile(v1ReportFileText());
    const again = serializeReportFile(report, { appVersion: '0.2.0', exportedAt: '2026-02-01T00:00:00.000Z' });
    const envelope = JSON.parse(again) as { schemaVersion: number; report: { schemaVersion: number } };
    expect(envelope.schemaVersion).toBe(REPORT_FILE_SCHEMA_VERSION);
    expect(envelope.report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(parseReportFile(again).report).toEqual(report);
  });

  it('refuses a report inside a file from a newer program, with the way forward', () => {
    const envelope = JSON.parse(v1ReportFileText()) as { report: Record<string, unknown> };
    envelope.report.schemaVersion = REPORT_SCHEMA_VERSION + 1;
    let caught: unknown;
    try {
      parseReportFile(JSON.stringify(envelope));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('PARSE_FAILED');
    expect((caught as ApiError).message).toMatch(/^报告数据由更新版本的年报助手保存.*请先升级年报助手/);
  });
});

describe('the edition a report file names', () => {
  it('refuses an edition this program cannot edit, naming the field in Chinese', () => {
    const envelope = JSON.parse(
      serializeReportFile(parseReportFile(v1ReportFileText()).report, {
        appVersion: '0.2.0',
        exportedAt: '2026-02-01T00:00:00.000Z',
      }),
    ) as { report: Record<string, unknown> };
    envelope.report.format = '2030';
    let message = '';
    try {
      parseReportFile(JSON.stringify(envelope));
    } catch (error) {
      message = (error as ApiError).message;
    }
    expect(message).toMatch(/^报告数据有误，无法导入：格式版本/);
  });
});
