/**
 * How far a report's parts are filled in: 未填写 / 填写中 / 已完成 per part (基本信息 and each section of
 * the national format). The editor's side list shows it; anything that summarises reports (the CLI,
 * the units overview) reads the same function, so "done" means one thing everywhere.
 */
import { editionOf, FEE_FIELDS, SECTIONS } from '../format';
import { partTitle, REPORT_PARTS, type ReportPart } from './parts';
import type { Report } from './schema';

export { META_TITLE, partTitle, REPORT_PARTS, type ReportPart } from './parts';

export type Progress = 'empty' | 'partial' | 'done';

export const PROGRESS_LABEL: Record<Progress, string> = { empty: '未填写', partial: '填写中', done: '已完成' };

function textProgress(texts: readonly string[], needed: number): Progress {
  const filled = texts.filter((t) => t.trim() !== '').length;
  return filled === 0 ? 'empty' : filled >= needed ? 'done' : 'partial';
}

export function progressOf(part: ReportPart, report: Report): Progress {
  if (part === 'meta') {
    const filled = [report.organ.name.trim() !== '', report.year !== null].filter(Boolean).length;
    return filled === 0 ? 'empty' : filled === 2 ? 'done' : 'partial';
  }
  const def = SECTIONS.find((s) => s.key === part)!;
  if (def.table) {
    const cells = editionOf(report).cells.filter((c) => c.id.startsWith(`${def.table}.`) && !c.derived);
    const filled = cells.filter((c) => {
      const [table, r, col] = c.id.split('.') as [keyof Report['tables'], string, string];
      return report.tables[table][r]?.[col] != null;
    }).length;
    return filled === 0 ? 'empty' : filled === cells.length ? 'done' : 'partial';
  }
  const prose = report.prose[part as keyof Report['prose']] as Record<string, string>;
  if (part === 'other') {
    const fees = FEE_FIELDS.filter((f) => report.fee[f.key] != null).length;
    const anyText = Object.values(prose).some((t) => t.trim() !== '');
    if (fees === FEE_FIELDS.length) return 'done';
    return fees === 0 && !anyText ? 'empty' : 'partial';
  }
  if (part === 'problems') {
    // the rectification part is only asked for when last year's report listed problems
    const needed =
      report.priorProblems.trim() !== '' ? ['rectification', 'problems', 'improvements'] : ['problems', 'improvements'];
    const all = Object.values(prose);
    if (all.every((t) => t.trim() === '')) return 'empty';
    return needed.every((k) => (prose[k] ?? '').trim() !== '') ? 'done' : 'partial';
  }
  const parts = def.parts.map((p) => prose[p.key] ?? '');
  return textProgress([...parts], parts.length);
}

/** How many of the report's parts are 已完成, of how many, and which are not. */
export function reportProgress(report: Report): { done: number; total: number; unfinished: ReportPart[] } {
  const unfinished = REPORT_PARTS.filter((part) => progressOf(part, report) !== 'done');
  return { done: REPORT_PARTS.length - unfinished.length, total: REPORT_PARTS.length, unfinished };
}

/** e.g. 填写进度：已完成 8/9 部分；未完成：一、总体情况（填写中） */
export function progressText(report: Report): string {
  const { done, total, unfinished } = reportProgress(report);
  const rest = unfinished.map((part) => `${partTitle(part)}（${PROGRESS_LABEL[progressOf(part, report)]}）`);
  return `填写进度：已完成 ${done}/${total} 部分${rest.length > 0 ? `；未完成：${rest.join('、')}` : ''}`;
}
