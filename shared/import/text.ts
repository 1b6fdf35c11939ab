/**
 * A published report as plain text (copied from its web page, or produced from HTML/.docx tables in
 * the same shape: tab-separated rows, merged cells flattened) → a Report and the list of everything
 * that deviated from the official format. Nothing is guessed silently: each deviation is an issue.
 */
import { ApiError } from '../errors';
import type { ImportIssue, ImportQuestion, ImportSummaryRow } from './outcome';
import { REPORT_TITLE_SUFFIX, reportTitle, sectionDef, type CellId, type SectionKey } from '../format';
import { emptyReport, emptyTables, setCells, type Cell, type Report } from '../report';
import { where, type TableLine } from './text-cells';
import { extractFee } from './text-fee';
import { outline, type SourceLine } from './text-outline';
import { parseProse, type Paragraph } from './text-prose';
import { parseT2 } from './text-t2';
import { parseT3 } from './text-t3';
import { parseT4 } from './text-t4';
import { importSummary, type IssuesByPart } from './import-summary';
import { inferOrganFacts } from './organ-facts';
import { chooseEdition, readPrintedLayout } from './printed-edition';
import { compactTitle, readTitle } from './title';

export interface ImportResult {
  report: Report;
  issues: ImportIssue[];
  /** what the clerk must fill before the report is stored (organ, year, kind, 规章制定权) */
  questions: ImportQuestion[];
  /** the import report per part: read, normalised, missing */
  summary: ImportSummaryRow[];
}

const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const SPACES = /[\s\u3000]+/g;

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

/**
 * Organ, year, kind and 规章制定权 from the title: what the title and the organ's name decide is set,
 * the rest is asked (questions) — never a silent default.
 */
function readOrganAndYear(
  report: Report,
  title: SourceLine | null,
  issues: ImportIssue[],
  questions: ImportQuestion[],
): Report {
  const reading = title ? readTitle(title.raw) : null;
  let out = report;
  if (title) out = { ...out, title: compactTitle(title.raw).slice(0, 200) };
  const name = reading?.organ ?? null;
  const year = reading?.year ?? null;
  if (!title) {
    const why = `没有找到报告标题（“……${REPORT_TITLE_SUFFIX}”），读不出`;
    questions.push({ field: 'organ', reason: `${why}机关名称` }, { field: 'year', reason: `${why}年度` });
  } else {
    const printed = `标题“${title.raw.trim()}”`;
    if (!name) questions.push({ field: 'organ', reason: `${printed}中没有机关名称` });
    if (year === null) questions.push({ field: 'year', reason: `${printed}中没有年度` });
  }
  if (name) out = { ...out, organ: { ...out.organ, name } };
  if (year !== null) out = { ...out, year };
  if (name && year !== null && out.title === reportTitle(name, year)) out = { ...out, title: '' };

  if (!name) {
    questions.push(
      { field: 'kind', reason: '没有读到机关名称，无法判断机关类型（机关类型决定公开期限）' },
      { field: 'rulesPower', reason: '没有读到机关名称，无法判断是否具有规章制定权' },
    );
    return out;
  }
  const facts = inferOrganFacts(name);
  const decided: string[] = [];
  if (facts.kind !== null) {
    out = { ...out, organ: { ...out.organ, kind: facts.kind } };
    decided.push(`机关类型定为“${facts.kind}”`);
  } else {
    questions.push({ field: 'kind', reason: `${facts.kindReason}（机关类型决定公开期限）` });
  }
  if (facts.rulesPower !== null) {
    out = { ...out, organ: { ...out.organ, rulesPower: facts.rulesPower } };
    decided.push(`是否具有规章制定权定为“${facts.rulesPower ? '是' : '否'}”`);
  } else {
    questions.push({ field: 'rulesPower', reason: facts.rulesPowerReason });
  }
  if (decided.length) {
    issues.push({ severity: 'info', message: `按机关名称“${name}”，${decided.join('，')}：${facts.kindReason}。` });
  }
  return out;
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
  const byPart: IssuesByPart = { ...o.notes };
  /** runs one part's parser and files what it raised under that part, in the order raised */
  const part = <T>(key: keyof IssuesByPart, run: (sink: ImportIssue[]) => T): T => {
    const sink: ImportIssue[] = [];
    const result = run(sink);
    issues.push(...sink);
    byPart[key] = [...(byPart[key] ?? []), ...sink];
    return result;
  };
  const questions: ImportQuestion[] = [];
  let report = part('page', (sink) => readOrganAndYear(emptyReport(), o.title, sink, questions));
  report.intro = paragraphs(o.intro)
    .map((p) => p.text)
    .join('\n');

  report.prose.overview = part('overview', (sink) =>
    parseProse(paragraphs(o.sections.overview), sectionDef('overview'), sink),
  ) as Report['prose']['overview'];
  report.prose.problems = part('problems', (sink) =>
    parseProse(paragraphs(o.sections.problems), sectionDef('problems'), sink),
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
  part('other', (sink) => {
    const { fee, rest, writtenByExport } = extractFee(other, sink);
    report.fee = fee;
    report.prose.other = parseProse(
      rest,
      sectionDef('other'),
      sink,
      writtenByExport ? 1 : 0,
    ) as Report['prose']['other'];
  });

  const values: Record<CellId, Cell> = {};
  // the three tables share one issue list: a note about cells (zero marks, blanks) covers all of them
  const tableIssues: ImportIssue[] = [];
  const table = <T>(key: SectionKey, run: (sink: ImportIssue[]) => T): T => {
    const from = tableIssues.length;
    const result = run(tableIssues);
    byPart[key] = [...(byPart[key] ?? []), ...tableIssues.slice(from)];
    return result;
  };
  const linesOf = (key: SectionKey) =>
    o.sections[key] ? table(key, (sink) => tableLines(o.sections[key], sectionDef(key).heading, sink)) : null;
  const t2 = linesOf('proactive');
  const t3 = linesOf('requests');
  const t4 = linesOf('review');
  // the edition is read from what the tables print and the title's year (printed-edition.ts)
  const { edition, notes } = chooseEdition(readPrintedLayout(t2 ?? [], t3 ?? []), report.year);
  part('page', (sink) => sink.push(...notes));
  if (edition.id !== report.format) report = { ...report, format: edition.id, tables: emptyTables(edition) };
  if (t2) table('proactive', (sink) => parseT2(t2, values, sink, edition));
  if (t3) table('requests', (sink) => parseT3(t3, values, sink, edition));
  if (t4) table('review', (sink) => parseT4(t4, values, sink));
  issues.push(...tableIssues);
  report = setCells(report, values);
  const found = new Set(Object.keys(o.sections) as SectionKey[]);
  return { report, issues, questions, summary: importSummary(report, byPart, found) };
}
