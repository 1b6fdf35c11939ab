/**
 * The import report a clerk reads at a glance: for the title, the introduction, each section and
 * table, and the closing — what was read, what was normalised on the way (numbering, wording, zero
 * marks, page furniture left out), and what is missing. Built from the imported report and the
 * issues each part raised, so it says nothing the issue list does not also say in full.
 */
import type { ImportIssue, ImportSummaryRow } from './outcome';
import { CURRENT_EDITION, editionOf, parseCellId, SECTIONS, type SectionKey } from '../format';
import { getCell, type Report } from '../report';

/** Issues as each part raised them; 'page' is the title and the page around the report. */
export type IssuesByPart = Partial<Record<SectionKey | 'page' | 'closing', ImportIssue[]>>;

function split(issues: readonly ImportIssue[] | undefined): Pick<ImportSummaryRow, 'normalised' | 'missing'> {
  const list = issues ?? [];
  return {
    normalised: list.filter((i) => i.severity !== 'error').map((i) => i.message),
    missing: list.filter((i) => i.severity === 'error').map((i) => i.message),
  };
}

function proseRead(report: Report, key: 'overview' | 'problems' | 'other'): { read: string; empty: string[] } {
  const def = SECTIONS.find((s) => s.key === key)!;
  const prose = report.prose[key] as Record<string, string>;
  const filled = def.parts.filter((p) => (prose[p.key] ?? '').trim() !== '');
  const lead = (prose.lead ?? '').trim() !== '';
  const read =
    filled.length || lead
      ? `读到${filled.length ? `“${filled.map((p) => p.title).join('”“')}”` : ''}${lead ? `${filled.length ? '和' : ''}开头的文字` : ''}`
      : '没有读到文字';
  return { read, empty: def.parts.filter((p) => !filled.includes(p)).map((p) => p.title) };
}

function tableRead(report: Report, key: SectionKey): { read: string; blank: number } {
  const table = SECTIONS.find((s) => s.key === key)!.table!;
  // the cells of the report's edition: a 2019 试行 表二 has its own
  const cells = editionOf(report).cells.filter((c) => parseCellId(c.id)?.table === table);
  const values = cells.map((c) => getCell(report, c.id));
  const blank = values.filter((v) => v === null || v === '').length;
  return { read: `读到 ${cells.length - blank} 个数值（共 ${cells.length} 个单元格）`, blank };
}

export function importSummary(
  report: Report,
  byPart: IssuesByPart,
  found: ReadonlySet<SectionKey>,
): ImportSummaryRow[] {
  const rows: ImportSummaryRow[] = [];
  const edition = editionOf(report);
  const page = split(byPart.page);
  rows.push({
    part: '标题和机关',
    read: `机关：${report.organ.name || '（未读出）'}；年度：${report.year ?? '（未读出）'}${edition === CURRENT_EDITION ? '' : `；格式：${edition.name}`}`,
    normalised: page.normalised,
    // what is asked (organ, year, kind, 规章制定权) is asked in fields and options, not repeated here
    missing: page.missing,
  });
  if (report.intro.trim() !== '') rows.push({ part: '引言', read: '读到引言', normalised: [], missing: [] });
  for (const def of SECTIONS) {
    const notes = split(byPart[def.key]);
    if (!found.has(def.key)) {
      rows.push({
        part: def.heading,
        read: '没有找到这一部分',
        normalised: [],
        missing: ['整部分留空，请对照原文填写'],
      });
      continue;
    }
    if (def.table) {
      const t = tableRead(report, def.key);
      rows.push({
        part: def.heading,
        read: t.read,
        normalised: notes.normalised,
        missing: [...notes.missing, ...(t.blank ? [`${t.blank} 个单元格空白`] : [])],
      });
    } else {
      const p = proseRead(report, def.key as 'overview' | 'problems' | 'other');
      const fee = def.key === 'other' && Object.values(report.fee).some((v) => v !== null && v !== '');
      if (fee) p.read = p.read === '没有读到文字' ? '读到信息处理费' : `${p.read}和信息处理费`;
      const expected = def.required && def.key !== 'other';
      rows.push({
        part: def.heading,
        read: p.read,
        normalised: notes.normalised,
        missing: [...notes.missing, ...(expected && p.empty.length ? [`没有读到“${p.empty.join('”“')}”`] : [])],
      });
    }
  }
  const closing = [report.closing.signer, report.closing.date].filter(Boolean).join(' ');
  rows.push({ part: '落款', read: closing ? `读到“${closing}”` : '没有读到署名和日期', normalised: [], missing: [] });
  return rows;
}
