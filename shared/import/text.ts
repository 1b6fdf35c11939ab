/**
 * A published report as plain text (copied from its web page, or produced from HTML/.docx tables in
 * the same shape: tab-separated rows, merged cells flattened) → a Report and the list of everything
 * that deviated from the official format. Nothing is guessed silently: each deviation is an issue.
 */
import { ApiError, type ImportIssue } from '../api';
import { REPORT_TITLE_SUFFIX, reportTitle, sectionDef, type CellId, type OrganKind } from '../format';
import { emptyReport, setCells, type Cell, type Report } from '../report';
import { where, type TableLine } from './text-cells';
import { extractFee } from './text-fee';
import { outline, type SourceLine } from './text-outline';
import { parseProse, type Paragraph } from './text-prose';
import { parseT2 } from './text-t2';
import { parseT3 } from './text-t3';
import { parseT4 } from './text-t4';

export interface ImportResult {
  report: Report;
  issues: ImportIssue[];
}

const TITLE = new RegExp(`^(.+?)(\\d{4})年度?${REPORT_TITLE_SUFFIX.slice(1)}$`);
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const SPACES = /[\s\u3000]+/g;
/** 二〇二五年 in a title: digit by digit */
const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}(?=年)/;
const YEAR_DIGITS = '〇一二三四五六七八九零';

function paragraphs(lines: readonly SourceLine[] | undefined): Paragraph[] {
  return (lines ?? []).filter((l) => l.raw.trim() !== '').map((l) => ({ line: l.line, text: l.raw.trim() }));
}

/** Rows of a table section; a sentence among them is not table content and is reported, not dropped silently. */
function tableLines(lines: readonly SourceLine[] | undefined, heading: string, issues: ImportIssue[]): TableLine[] {
  const out: TableLine[] = [];
  for (const l of lines ?? []) {
    if (l.raw.trim() === '') continue;
    if (!l.raw.includes('\t') && (l.raw.includes('。') || l.raw.trim().length > 60)) {
      issues.push({
        severity: 'warning',
        where: where(l.line),
        message: `“${heading}”中的文字不属于表格，未导入：“${l.raw.trim().slice(0, 80)}”`,
      });
      continue;
    }
    out.push({ line: l.line, cells: l.raw.split('\t') });
  }
  return out;
}

function organKindOf(name: string): OrganKind {
  return /人民政府$/.test(name) ? '人民政府' : '政府部门';
}

export function parseReportText(text: string): ImportResult {
  const issues: ImportIssue[] = [];
  const o = outline(text.replace(/^\uFEFF/, ''), issues);
  if (Object.keys(o.sections).length === 0) {
    throw new ApiError(
      'PARSE_FAILED',
      `文件中没有找到年度报告的任何一部分（如“${sectionDef('overview').heading}”），无法导入。请确认这是政府信息公开工作年度报告的正文。`,
    );
  }
  let report = emptyReport();

  if (o.title) {
    const compact = o.title.raw
      .replace(SPACES, '')
      .replace(CHINESE_YEAR, (y) => [...y].map((d) => YEAR_DIGITS.indexOf(d) % 10).join(''));
    const m = TITLE.exec(compact);
    if (m) {
      const name = m[1]!;
      const year = Number(m[2]);
      const kind = organKindOf(name);
      report = { ...report, organ: { ...report.organ, name, kind }, year: year >= 2008 && year <= 2100 ? year : null };
      if (compact !== reportTitle(name, year)) report.title = compact.slice(0, 200);
      issues.push({
        severity: 'info',
        where: where(o.title.line),
        message: `机关类型按名称暂定为“${kind}”（影响公开期限），是否具有规章制定权未知（暂按“否”），请核对`,
      });
    } else {
      report.title = compact.slice(0, 200);
      issues.push({
        severity: 'warning',
        where: where(o.title.line),
        message: `未能从标题“${o.title.raw.trim()}”中读出机关名称和年度，请手工填写`,
      });
    }
  } else {
    issues.push({
      severity: 'warning',
      message: '没有找到报告标题（“××××年政府信息公开工作年度报告”），机关名称和年度请手工填写',
    });
  }
  report.intro = paragraphs(o.intro)
    .map((p) => p.text)
    .join('\n');

  report.prose.overview = parseProse(
    paragraphs(o.sections.overview),
    sectionDef('overview'),
    issues,
  ) as Report['prose']['overview'];
  report.prose.problems = parseProse(
    paragraphs(o.sections.problems),
    sectionDef('problems'),
    issues,
  ) as Report['prose']['problems'];

  const other = paragraphs(o.sections.other);
  const last = other[other.length - 1];
  if (last && DATE_LINE.test(last.text.replace(SPACES, ''))) {
    report.closing = { ...report.closing, date: last.text };
    other.pop();
    const signer = other[other.length - 1];
    if (signer && signer.text.length <= 40 && !/[。；]/.test(signer.text)) {
      report.closing.signer = signer.text;
      other.pop();
    }
  }
  const { fee, rest, writtenByExport } = extractFee(other, issues);
  report.fee = fee;
  report.prose.other = parseProse(
    rest,
    sectionDef('other'),
    issues,
    writtenByExport ? 1 : 0,
  ) as Report['prose']['other'];

  const values: Record<CellId, Cell> = {};
  if (o.sections.proactive)
    parseT2(tableLines(o.sections.proactive, sectionDef('proactive').heading, issues), values, issues);
  if (o.sections.requests)
    parseT3(tableLines(o.sections.requests, sectionDef('requests').heading, issues), values, issues);
  if (o.sections.review) parseT4(tableLines(o.sections.review, sectionDef('review').heading, issues), values, issues);
  report = setCells(report, values);
  return { report, issues };
}
