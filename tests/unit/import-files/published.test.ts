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
import { toDocx, toHtml, toText, type TextOptions } from './published/render';
import { publishedReport, storedProse, type PublishedReport } from './published/report';
import {
  allKnobCombinations,
  effectiveKnobs,
  expectedCells,
  NO_KNOBS,
  tableKnobs,
  type TableKnobs,
} from './published/tables';

type Format = 'text' | 'html' | 'docx';
const FORMATS: Format[] = ['text', 'html', 'docx'];

export async function importPrinted(
  format: Format,
  report: PublishedReport,
  knobs: TableKnobs = NO_KNOBS,
  textOptions?: TextOptions,
): Promise<ImportedFile> {
  const doc = printReport(report, knobs);
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

/** Property runs per format: sized so this file runs in a few seconds on a shared machine. */
const RUNS = 15;

describe('generated published reports import exactly', () => {
  it.each(FORMATS)('as printed plainly, from %s', async (format) => {
    await fc.assert(
      fc.asyncProperty(publishedReport(), async (report) => {
        expectFaithful(report, NO_KNOBS, await importPrinted(format, report));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(FORMATS)('with a random combination of the table knobs, from %s', async (format) => {
    await fc.assert(
      fc.asyncProperty(publishedReport({ blanks: true }), tableKnobs, async (report, knobs) => {
        expectFaithful(report, knobs, await importPrinted(format, report, knobs));
      }),
      { numRuns: 2 * RUNS },
    );
  });

  it('with every combination of the table knobs, the formats taking turns', async () => {
    const combinations = allKnobCombinations();
    // one report per combination; half of them quiet (mostly 0), so that an all-0 （六） row occurs
    const reports = fc.sample(
      fc.tuple(publishedReport({ blanks: true }), publishedReport({ blanks: true, quiet: true })),
      { numRuns: combinations.length, seed: 9 },
    );
    const seen = {
      t4Joined: 0,
      t3Joined: 0,
      singleRowZero: 0,
      singleRowKept: 0,
      zeroNote: 0,
      blankNote: 0,
      cellBreaksJoined: 0,
    };
    for (const [i, knobs] of combinations.entries()) {
      const report = reports[i]![i % 2]!;
      // text copies keep a break inside a cell as a line break, or (every other turn) as a space
      const cellBreaks = Math.floor(i / FORMATS.length) % 2 === 0 ? 'newline' : 'space';
      const imported = await importPrinted(FORMATS[i % FORMATS.length]!, report, knobs, { cellBreaks });
      expectFaithful(report, knobs, imported);
      const messages = imported.issues.map((x) => x.message).join('\n');
      if (messages.includes('分2行印出')) seen.t4Joined++;
      if (/行跨页断开，.*已与前面的/.test(messages)) seen.t3Joined++;
      if (messages.includes('只印了一行')) seen.singleRowZero++;
      if (messages.includes('只有一行数值')) seen.singleRowKept++;
      if (messages.includes('表示0的符号')) seen.zeroNote++;
      if (messages.includes('为空白')) seen.blankNote++;
      if (messages.includes('已按单元格接回')) seen.cellBreaksJoined++;
    }
    // every path was taken, so the property above was not met vacuously
    for (const [path, times] of Object.entries(seen)) expect([path, times > 0]).toEqual([path, true]);
  });
});
