/** What `nianbao check` prints: grouped Chinese text for people, or one JSON object for scripts. */
import { editionOf, type Severity } from '../../shared/format';
import type { ImportIssue, ImportSummaryRow } from '../../shared/api';
import { formatImportSummary } from './import-report';
import { getCell, partTitle, progressText, reportProgress, type Report } from '../../shared/report';
import { findingsBySection, isAcknowledged, summarize, type Finding } from '../../shared/rules';

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function checkJson(report: Report, findings: readonly Finding[]): string {
  const summary = summarize(findings, report);
  // the cells of the report's edition (an imported 2019 试行 report has its own 表二)
  const cells = Object.fromEntries(editionOf(report).cells.map((c) => [c.id, getCell(report, c.id)]));
  const out = {
    report: {
      format: report.format,
      organ: report.organ,
      year: report.year,
      title: report.title,
      fee: report.fee,
      cells,
    },
    findings,
    errors: summary.errors,
    warnings: summary.warnings,
    progress: reportProgress(report),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function checkText(
  file: string,
  format: string,
  report: Report,
  findings: readonly Finding[],
  issues: readonly ImportIssue[],
  summary?: readonly ImportSummaryRow[],
): string {
  const lines: string[] = [];
  const name = report.organ.name || '（未识别机关名称）';
  const year = report.year === null ? '（未识别年度）' : `${report.year}年`;
  lines.push(`文件：${file}（${format}）`, `报告：${name} ${year}`, progressText(report));
  const imported = formatImportSummary(summary);
  if (imported) lines.push('', imported.trimEnd());
  if (issues.length > 0) {
    lines.push('', `导入说明（${issues.length}条）：`);
    for (const i of issues) lines.push(`  [${SEVERITY_LABEL[i.severity]}]${i.where ? ` ${i.where}` : ''} ${i.message}`);
  }
  const s = summarize(findings, report);
  lines.push(
    '',
    `核对结果：错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项${s.acknowledged ? `，已说明的警告 ${s.acknowledged} 项` : ''}`,
  );
  for (const [section, list] of findingsBySection(findings)) {
    if (list.length === 0) continue;
    lines.push('', `【${partTitle(section)}】`);
    for (const f of list) {
      const ack = isAcknowledged(f, report) ? '（已说明）' : '';
      lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.id}${ack} ${f.message}`);
    }
  }
  if (findings.length === 0) lines.push('', '未发现问题。');
  return `${lines.join('\n')}\n`;
}
