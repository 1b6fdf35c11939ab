/**
 * The outline of a published report as plain text: title line, optional 引言, the six section
 * headings, and the lines of each section. Headings are found by their words in any numbering
 * (section-headings.ts), the title the way a person finds it (title.ts), and page furniture around
 * them is left out and named (page-furniture.ts).
 */
import type { ImportIssue } from './outcome';
import { SECTIONS, type SectionKey } from '../format';
import { where } from './text-cells';
import { canonLabel } from './text-labels';
import type { IssuesByPart } from './import-summary';
import { findReportPart, sectionHeadingLines } from './page-furniture';

export interface SourceLine {
  line: number;
  raw: string;
}

export interface Outline {
  title: SourceLine | null;
  intro: SourceLine[];
  sections: Partial<Record<SectionKey, SourceLine[]>>;
  /** the issues raised here, by the part they concern (for the import summary) */
  notes: IssuesByPart;
}

export function outline(text: string, issues: ImportIssue[]): Outline {
  const filled: SourceLine[] = text
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ line: i + 1, raw }))
    .filter((l) => l.raw.trim() !== '');
  const texts = filled.map((l) => (l.raw.includes('\t') ? null : l.raw.trim()));
  const part = findReportPart(texts, {
    what: '文本',
    beforeBody: 'furniture',
    tableCells: (i) => filled[i]!.raw.split('\t'),
  });
  const out: Outline = { title: null, intro: [], sections: {}, notes: {} };
  const note = (key: keyof IssuesByPart, issue: ImportIssue) => {
    issues.push(issue);
    (out.notes[key] ??= []).push(issue);
  };
  for (const issue of part.issues) note('page', issue);
  const titleLines = new Set<number>();
  if (part.title) {
    out.title = { line: filled[part.title.start]!.line, raw: part.title.text };
    for (let i = part.title.start; i <= part.title.end; i++) titleLines.add(i);
  }
  const kept = (i: number) => !part.dropped.has(i) && !titleLines.has(i);
  const headings = sectionHeadingLines(texts.map((t, i) => (kept(i) ? t : null)));

  let next = 0;
  /** headings with the official words and another numbering: one note for all of them */
  const renumbered: string[] = [];
  const at = new Map(headings.map((h) => [h.line, h.index]));
  let current: SourceLine[] = out.intro;
  filled.forEach((l, i) => {
    if (!kept(i)) return;
    const index = at.get(i);
    if (index === undefined) {
      current.push(l);
      return;
    }
    const def = SECTIONS[index]!;
    for (const skipped of SECTIONS.slice(next, index)) {
      note(skipped.key, { severity: 'error', message: `没有找到“${skipped.heading}”这一部分，相应内容留空` });
    }
    const printed = l.raw.trim();
    if (canonLabel(printed) !== canonLabel(def.heading)) {
      const sameWords = canonLabel(printed).endsWith(canonLabel(def.heading).slice(def.numeral.length + 1));
      if (sameWords) renumbered.push(printed);
      else
        note(def.key, {
          severity: 'warning',
          where: where(l.line),
          message: `标题“${printed}”与规范标题“${def.heading}”不一致，已按“${def.heading}”导入`,
        });
    }
    current = [];
    out.sections[def.key] = current;
    next = index + 1;
  });
  if (renumbered.length) {
    note('page', {
      severity: 'info',
      message: `${renumbered.length} 个部分标题的编号方式与规范不同（${renumbered.map((h) => `“${h}”`).join('、')}），已按规范标题（${SECTIONS[0]!.heading}……）导入`,
    });
  }
  if (next > 0) {
    for (const skipped of SECTIONS.slice(next)) {
      note(skipped.key, { severity: 'error', message: `没有找到“${skipped.heading}”这一部分，相应内容留空` });
    }
  }
  return out;
}
