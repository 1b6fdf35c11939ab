import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { parseReportFile, REPORT_FILE_EXTENSION, serializeReportFile } from '../../../shared/report-file';
import { emptyReport, setCells, type Report } from '../../../shared/report';

const meta = { appVersion: '0.1.0', exportedAt: '2026-01-15T08:00:00.000Z' };

function sampleReport(): Report {
  const base = emptyReport({
    organName: '孟州市人民政府办公室',
    organKind: '政府部门',
    year: 2025,
    region: '河南省焦作市',
  });
  const withCells = setCells(base, {
    'T3.newReceived.natural': '129',
    'T3.newReceived.total': '129',
    'T2.fees.amount': '0.300000',
    'T4.reconsideration.upheld': '1',
  });
  return {
    ...withCells,
    intro: '根据《中华人民共和国政府信息公开条例》……',
    prose: { ...withCells.prose, overview: { ...withCells.prose.overview, active: '主动公开信息 1647 条。' } },
    fee: { notices: '0', noticeAmount: '0', collected: '0.00' },
    acknowledgements: [
      { key: 'X-CARRY|T3.carriedOver.total', ruleId: 'X-CARRY', explanation: '上年报告有误', at: '2026-01-10' },
    ],
  };
}

function refusal(text: string): string {
  try {
    parseReportFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('PARSE_FAILED');
    return (error as ApiError).message;
  }
  throw new Error('expected the file to be refused');
}

describe('report file (.nianbao.json)', () => {
  it('uses the agreed extension', () => {
    expect(REPORT_FILE_EXTENSION).toBe('.nianbao.json');
  });

  it('round-trips a report exactly, through the envelope', () => {
    const report = sampleReport();
    const text = serializeReportFile(report, meta);
    const envelope = JSON.parse(text);
    expect(Object.keys(envelope)).toEqual(['format', 'schemaVersion', 'exportedAt', 'appVersion', 'report']);
    expect(envelope.format).toBe('nianbao-report');
    expect(envelope.schemaVersion).toBe(1);
    expect(envelope.exportedAt).toBe(meta.exportedAt);
    const back = parseReportFile(text);
    expect(back.report).toEqual(report);
    expect(back.issues).toEqual([]);
    // blank and "0" stay distinct; the 万元 amount keeps its six decimals
    expect(back.report.tables.T3.newReceived!.commercial).toBeNull();
    expect(back.report.tables.T2.fees!.amount).toBe('0.300000');
  });

  it('is stable: the same report gives the same bytes whatever the key order of the input', () => {
    const report = sampleReport();
    const shuffled = JSON.parse(
      JSON.stringify(
        report,
        Object.keys(report)
          .reverse()
          .concat(...allKeys(report)),
      ),
    );
    expect(serializeReportFile(shuffled as Report, meta)).toBe(serializeReportFile(report, meta));
    expect(serializeReportFile(report, meta)).toContain(
      '\n  "report": {\n    "schemaVersion": 2,\n    "format": "2021",\n    "organ": {',
    );
  });

  it('refuses to write a report that does not satisfy the schema', () => {
    const broken = { ...sampleReport(), year: 1900 };
    expect(() => serializeReportFile(broken, meta)).toThrow(/报告年度（year）/);
  });

  it('accepts a bare report object and says so', () => {
    const report = sampleReport();
    const back = parseReportFile(JSON.stringify(report));
    expect(back.report).toEqual(report);
    expect(back.issues.map((i) => i.message).join()).toContain('没有年报助手的文件头');
  });

  it('accepts a UTF-8 BOM', () => {
    const text = '\uFEFF' + serializeReportFile(sampleReport(), meta);
    expect(parseReportFile(text).report.organ.name).toBe('孟州市人民政府办公室');
  });

  it('refuses another format', () => {
    const message = refusal(JSON.stringify({ format: 'other-tool', schemaVersion: 1, report: sampleReport() }));
    expect(message).toContain('不是年报助手的报告文件');
    expect(message).toContain('other-tool');
  });

  it('refuses a file from a newer version', () => {
    const envelope = JSON.parse(serializeReportFile(sampleReport(), meta));
    envelope.schemaVersion = 2;
    expect(refusal(JSON.stringify(envelope))).toContain('更新版本的年报助手');
    const inner = JSON.parse(serializeReportFile(sampleReport(), meta));
    inner.report.schemaVersion = 3;
    expect(refusal(JSON.stringify(inner))).toContain('请先升级年报助手');
  });

  it('names the first bad field in Chinese', () => {
    const envelope = JSON.parse(serializeReportFile(sampleReport(), meta));
    envelope.report.tables.T3.newReceived.natural = 129;
    const message = refusal(JSON.stringify(envelope));
    expect(message).toContain('一、本年新收政府信息公开申请数量');
    expect(message).toContain('自然人');
    expect(message).toContain('类型不对');

    const noName = JSON.parse(serializeReportFile(sampleReport(), meta));
    delete noName.report.organ.name;
    expect(refusal(JSON.stringify(noName))).toContain('缺少机关名称');

    const badKind = JSON.parse(serializeReportFile(sampleReport(), meta));
    badKind.report.organ.kind = '事业单位';
    expect(refusal(JSON.stringify(badKind))).toMatch(/机关类型.*取值不在允许范围内/);
  });

  it('refuses broken JSON and non-report JSON', () => {
    expect(refusal('{"format": "nianbao-report",\n "report": ')).toContain('不是有效的 JSON');
    expect(refusal('[1,2,3]')).toContain('不是年报数据');
    expect(refusal('{"hello": 1}')).toContain('不是年报数据');
  });
});

function allKeys(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...allKeys(v)]);
}
