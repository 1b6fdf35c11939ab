/**
 * What this program exports it can read back: the fixture report → .docx (Engineer D's renderDocx)
 * or the web copy (renderHtml) → import → the same report. Acceptance item of issue 6.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, renderHtml } from '../../../shared/document';
import { parseReportText } from '../../../shared/import/text';
import { setCell, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { renderDocx } from '../../../electron/services/export/docx';
import { parseImportBytes } from '../../../electron/services/import';
import { fixtureText } from './fixture';

const fixtureReport = (): Report => parseReportText(fixtureText()).report;

async function throughDocx(report: Report, final: boolean): Promise<Awaited<ReturnType<typeof parseImportBytes>>> {
  const findings = runRules(report, { final });
  const bytes = await renderDocx(buildDocument(report, { findings, final }));
  return parseImportBytes('导出.docx', bytes);
}

/** A report using every prose part, the 引言, a fee and the 落款. */
function fullReport(): Report {
  const base = fixtureReport();
  return {
    ...base,
    intro:
      '根据《中华人民共和国政府信息公开条例》规定，编制本报告。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
    prose: {
      ...base.prose,
      problems: {
        lead: '',
        rectification: '上年度报告所列问题均已整改到位。',
        problems: '政府信息公开深度与精准度不足。',
        improvements: '深化政府信息公开内容，提升精准性和实效性。',
      },
      other: {
        lead: '',
        superiorTasks: '认真落实上级年度政务公开工作要点。',
        proposals: '本年度办理人大代表建议 3 件、政协提案 2 件，办理结果均已公开。',
        innovation: '开设涉企行政检查公示专栏。',
        otherMatters: '无',
      },
    },
    fee: { notices: '2', noticeAmount: '150.50', collected: '100' },
    closing: { signer: '孟州市人民政府办公室', date: '2026年1月20日' },
  };
}

describe('round trip through the exported .docx', () => {
  it('reads the fixture back identically from a final export', async () => {
    const report = fixtureReport();
    const back = await throughDocx(report, true);
    expect(back.format).toBe('docx');
    expect(back.report.tables).toEqual(report.tables);
    expect(back.report.organ).toEqual(report.organ);
    expect(back.report.year).toBe(report.year);
    expect(back.report.prose).toEqual(report.prose);
    expect(back.report.fee).toEqual(report.fee);
    expect(back.report).toEqual(report);
    expect(back.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('reads a draft back without its open-errors page, and says it left the page out', async () => {
    const report = setCell(fixtureReport(), 'T3.newReceived.natural', '130');
    const back = await throughDocx(report, false);
    expect(back.report).toEqual(report);
    expect(back.issues.map((i) => i.message).join('\n')).toMatch(/已略去草稿末尾的“未解决的错误”清单（2 项）/);
  });

  it('reads back every prose part, the 引言, the fee and the 落款', async () => {
    const report = fullReport();
    const back = await throughDocx(report, true);
    expect(back.report.tables).toEqual(report.tables);
    expect(back.report.intro).toBe(report.intro);
    expect(back.report.fee).toEqual(report.fee);
    expect(back.report.closing).toEqual(report.closing);
    expect(back.report.prose).toEqual(report.prose);
  });
});

describe('round trip through the exported web copy', () => {
  it('reads the fixture back identically from the HTML the program publishes', async () => {
    const report = fixtureReport();
    const html = renderHtml(buildDocument(report, { findings: [], final: true }), { purpose: 'web' });
    const back = await parseImportBytes('年报.html', new TextEncoder().encode(html));
    expect(back.format).toBe('html');
    expect(back.report).toEqual(report);
  });
});
