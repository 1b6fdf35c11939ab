/**
 * Generated reports, printed as organs publish them (published/), come back through the real import
 * (bytes → format detection → converter → text parser) with every cell, the organ, the year and the
 * prose exact. A cell whose printed place is ambiguous may only come back blank, with a warning:
 * never a different number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../shared/api';
import { TABLE_CELLS } from '../../../shared/format';
import { getCell } from '../../../shared/report';
import { parseImportBytes, type ImportedFile } from '../../../electron/services/import';
import { printReport } from './published/print';
import { toDocx, toHtml, toText } from './published/render';
import { publishedReport, storedProse, type PublishedReport } from './published/report';
import { effectiveKnobs, expectedCells, NO_KNOBS, tableKnobs, type TableKnobs } from './published/tables';

type Format = 'text' | 'html' | 'docx';
const FORMATS: Format[] = ['text', 'html', 'docx'];

export async function importPrinted(
  format: Format,
  report: PublishedReport,
  knobs: TableKnobs = NO_KNOBS,
): Promise<ImportedFile> {
  const doc = printReport(report, knobs);
  if (format === 'docx') return parseImportBytes('年报.docx', await toDocx(doc));
  const text = format === 'html' ? toHtml(doc) : toText(doc);
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
  expect(imported.report.organ.name).toBe(report.organ);
  expect(imported.report.year).toBe(report.year);
  expect(imported.report.intro).toBe(report.intro);
  for (const key of ['overview', 'problems', 'other'] as const) {
    expect(imported.report.prose[key]).toEqual(storedProse(report.prose[key], key));
  }
  expect(imported.report.closing).toEqual(report.closing);
}

/** Property runs per format: sized so this file runs in a few seconds on a shared machine. */
const RUNS = 40;

describe('generated published reports import exactly', () => {
  it.each(FORMATS)('as printed plainly, from %s', async (format) => {
    await fc.assert(
      fc.asyncProperty(publishedReport(), async (report) => {
        expectFaithful(report, NO_KNOBS, await importPrinted(format, report));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(FORMATS)('with figures and labels written as people write them, from %s', async (format) => {
    const knobs = tableKnobs.map((k) => ({
      ...NO_KNOBS,
      thousands: k.thousands,
      fullWidth: k.fullWidth,
      cellSpaces: k.cellSpaces,
      labelBreaks: k.labelBreaks,
    }));
    await fc.assert(
      fc.asyncProperty(publishedReport({ blanks: true }), knobs, async (report, k) => {
        expectFaithful(report, k, await importPrinted(format, report, k));
      }),
      { numRuns: RUNS },
    );
  });
});
