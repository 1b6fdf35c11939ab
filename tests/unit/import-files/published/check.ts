/**
 * A generated report through the real import (bytes → format detection → converter → text parser),
 * and what must come back: every cell exact, or (where the print leaves a cell's place ambiguous)
 * blank with a warning, never a different number; the organ, the year, the 引言, the prose, the 落款.
 */
import { expect } from 'vitest';
import type { ImportIssue } from '../../../../shared/api';
import { TABLE_CELLS } from '../../../../shared/format';
import { getCell } from '../../../../shared/report';
import { parseImportBytes, type ImportedFile } from '../../../../electron/services/import';
import { PLAIN_FRAME, type DocumentFrame } from './frame';
import { printReport } from './print';
import { toDocx, toHtml, toText, type TextOptions } from './render';
import { storedProse, type PublishedReport } from './report';
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

/** Every cell exact, or (where the print is ambiguous) blank with a warning; and the organ, year and prose. */
export function expectFaithful(report: PublishedReport, knobs: TableKnobs, imported: ImportedFile): void {
  const { cells, mayBeBlank } = expectedCells(report, effectiveKnobs(report, knobs));
  const wrong = TABLE_CELLS.map((c) => ({
    id: c.id,
    printed: cells[c.id],
    got: getCell(imported.report, c.id),
  })).filter((c) => c.got !== c.printed && !(c.got === null && mayBeBlank.has(c.id)));
  expect(wrong).toEqual([]);
  const leftBlank = TABLE_CELLS.some((c) => cells[c.id] !== null && getCell(imported.report, c.id) === null);
  if (leftBlank) expect(imported.issues.some((i: ImportIssue) => i.severity !== 'info')).toBe(true);
  // zero marks and blanks are each listed in one note, never one per cell
  for (const phrase of ['表示0的符号', '为空白']) {
    expect(imported.issues.filter((i) => i.message.includes(phrase)).length).toBeLessThanOrEqual(1);
  }
  expect(imported.report.organ.name).toBe(report.organ);
  expect(imported.report.year).toBe(report.year);
  expect(imported.report.intro).toBe(report.intro);
  for (const key of ['overview', 'problems', 'other'] as const) {
    expect(imported.report.prose[key]).toEqual(storedProse(report.prose[key], key));
  }
  expect(imported.report.closing).toEqual(report.closing);
}
