/**
 * A generated report through the real import (bytes → format detection → converter → text parser),
 * and what must come back: every cell exact, or (where the print leaves a cell's place ambiguous)
 * blank with a warning, never a different number; the organ, the year, the 引言, the prose, the 落款.
 */
import { expect } from 'vitest';
import type { ImportIssue } from '../../../../shared/api';
import { editionOf, sectionDef } from '../../../../shared/format';
import { getCell, reportSchemaFor } from '../../../../shared/report';
import { parseImportBytes, type ImportedFile } from '../../../../electron/services/import';
import { PLAIN_FRAME, type DocumentFrame } from './frame';
import { printReport } from './print';
import { toDocx, toHtml, toText, type TextOptions } from './render';
import { publishedEdition, storedProse, type PublishedReport } from './report';
import { effectiveKnobs, expectedCells, NO_KNOBS, type TableKnobs } from './tables';

export type Format = 'text' | 'html' | 'docx';
export const FORMATS: Format[] = ['text', 'html', 'docx'];

export async function importPrinted(
  format: Format,
  report: PublishedReport,
  knobs: TableKnobs = NO_KNOBS,
  textOptions?: TextOptions,
  frame: DocumentFrame = PLAIN_FRAME,
): Promise<ImportedFile> {
  const doc = printReport(report, knobs, frame);
  if (format === 'docx') return parseImportBytes('年报.docx', await toDocx(doc));
  const text = format === 'html' ? toHtml(doc) : toText(doc, textOptions);
  return parseImportBytes(format === 'html' ? '年报.html' : '年报.txt', new TextEncoder().encode(text));
}

/**
 * Every cell exact, or (where the print is ambiguous) blank with a warning; and the organ, year and prose.
 * `frame`: the frame it was printed in, whose sub-headings the prose keeps where they are the organ's own.
 */
export function expectFaithful(
  report: PublishedReport,
  knobs: TableKnobs,
  imported: ImportedFile,
  frame?: DocumentFrame,
): void {
  const { cells, mayBeBlank } = expectedCells(report, effectiveKnobs(report, knobs));
  // read into the edition it is printed in, and nothing of another edition's
  const edition = publishedEdition(report);
  expect(imported.report.format).toBe(edition.id);
  expect(editionOf(imported.report)).toBe(edition);
  expect(reportSchemaFor(edition).safeParse(imported.report).success).toBe(true);
  const wrong = edition.cells
    .map((c) => ({
      id: c.id,
      printed: cells[c.id],
      got: getCell(imported.report, c.id),
    }))
    .filter((c) => c.got !== c.printed && !(c.got === null && mayBeBlank.has(c.id)));
  expect(wrong).toEqual([]);
  const leftBlank = edition.cells.some((c) => cells[c.id] !== null && getCell(imported.report, c.id) === null);
  if (leftBlank) expect(imported.issues.some((i: ImportIssue) => i.severity !== 'info')).toBe(true);
  // zero marks and blanks are each listed in one note, never one per cell
  for (const phrase of ['表示0的符号', '为空白']) {
    expect(imported.issues.filter((i) => i.message.includes(phrase)).length).toBeLessThanOrEqual(1);
  }
  expect(imported.report.organ.name).toBe(report.organ);
  expect(imported.report.year).toBe(report.year);
  expect(imported.report.intro).toBe(report.intro);
  for (const key of ['overview', 'problems', 'other'] as const) {
    const heading = frame && ((index: number, title: string) => frame.subHeading(sectionDef(key), index, title));
    expect(imported.report.prose[key]).toEqual(storedProse(report.prose[key], key, heading));
  }
  expect(imported.report.closing).toEqual(report.closing);
}
