/**
 * The outline of a published report as plain text: title line, optional 引言, the six section
 * headings, and the lines of each section. Headings are found by their wording, in order.
 */
import type { ImportIssue } from '../api';
import { SECTIONS, type SectionKey } from '../format';
import { bigramDice } from '../rules/similarity';
import { where } from './text-cells';
import { canonLabel, withoutNumbering } from './text-labels';

export interface SourceLine {
  line: number;
  raw: string;
}

export interface Outline {
  title: SourceLine | null;
  intro: SourceLine[];
  sections: Partial<Record<SectionKey, SourceLine[]>>;
}

const HEADING_START = /^([一二三四五六])[、.．]/;
const TITLE_HINT = /年度报告|年报/;
const YEAR_FIRST = /^\d{4}年/;
const MAX_HEADING_LENGTH = 40;
const HEADING_SIMILARITY = 0.5;

/** Which section a line opens, if it is a heading at or after the expected position. */
function headingIndex(raw: string, from: number): number | null {
  if (raw.includes('\t')) return null;
  const canon = canonLabel(raw);
  if (canon.length > MAX_HEADING_LENGTH) return null;
  const m = HEADING_START.exec(canon);
  if (!m) return null;
  const index = SECTIONS.findIndex((s) => s.numeral === m[1]);
  if (index < from) return null;
  const heading = SECTIONS[index]!.heading;
  if (canon === canonLabel(heading)) return index;
  return bigramDice(withoutNumbering(canon), withoutNumbering(canonLabel(heading))) >= HEADING_SIMILARITY
    ? index
    : null;
}

export function outline(text: string, issues: ImportIssue[]): Outline {
  const lines: SourceLine[] = text.split(/\r\n|\r|\n/).map((raw, i) => ({ line: i + 1, raw }));
  const out: Outline = { title: null, intro: [], sections: {} };
  let next = 0;
  let current: SourceLine[] | null = null;
  const before: SourceLine[] = [];
  for (const l of lines) {
    const index = l.raw.trim() === '' ? null : headingIndex(l.raw.trim(), next);
    if (index !== null) {
      const def = SECTIONS[index]!;
      for (const skipped of SECTIONS.slice(next, index)) {
        issues.push({ severity: 'error', message: `没有找到“${skipped.heading}”这一部分，相应内容留空` });
      }
      if (canonLabel(l.raw) !== canonLabel(def.heading)) {
        issues.push({
          severity: 'warning',
          where: where(l.line),
          message: `标题“${l.raw.trim()}”与规范标题“${def.heading}”不一致，已按“${def.heading}”导入`,
        });
      }
      current = [];
      out.sections[def.key] = current;
      next = index + 1;
      continue;
    }
    (current ?? before).push(l);
  }
  for (const skipped of SECTIONS.slice(next)) {
    if (next > 0) issues.push({ severity: 'error', message: `没有找到“${skipped.heading}”这一部分，相应内容留空` });
  }
  const filled = before.filter((l) => l.raw.trim() !== '');
  const titleAt = filled.findIndex((l) => TITLE_HINT.test(l.raw));
  if (titleAt >= 0) {
    out.title = filled[titleAt]!;
    let titleStart = titleAt;
    // A title set over two lines: 孟州市人民政府办公室 / 2025年政府信息公开工作年度报告
    if (titleAt > 0 && YEAR_FIRST.test(canonLabel(out.title.raw))) {
      const organ = filled[titleAt - 1]!;
      out.title = { line: organ.line, raw: `${organ.raw.trim()}${out.title.raw.trim()}` };
      titleStart = titleAt - 1;
    }
    if (titleStart > 0) {
      issues.push({
        severity: 'info',
        where: where(filled[0]!.line),
        message: `标题之前的文字未导入：“${filled
          .slice(0, titleStart)
          .map((l) => l.raw.trim())
          .join(' ')}”`,
      });
    }
    out.intro = filled.slice(titleAt + 1);
  } else {
    out.intro = filled;
  }
  return out;
}
