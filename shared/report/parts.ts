/**
 * The parts of a report, in order (基本信息, then the format's sections), and their titles. A module of
 * its own that needs only the format's section list (format/sections.ts), not its tables: the renderer's
 * router (renderer/report/panes.ts) is on the first screen, and importing the tables there would build
 * them as the entry script is evaluated, before the home page is drawn. progress.ts re-exports it.
 */
import { SECTIONS, type SectionKey } from '../format/sections';

/** 'meta': 基本信息 (organ name and year); the rest: the sections of the format */
export type ReportPart = 'meta' | SectionKey;

/** every part in the order the report has them */
export const REPORT_PARTS: readonly ReportPart[] = ['meta', ...SECTIONS.map((s) => s.key)];

/** the organ and year part, as the editor, the checks, the CLI and the history name it */
export const META_TITLE = '基本信息';

/** A part's name as people see it: 基本信息, or the section's heading (一、总体情况 …). */
export function partTitle(part: ReportPart): string {
  return part === 'meta' ? META_TITLE : SECTIONS.find((s) => s.key === part)!.heading;
}
