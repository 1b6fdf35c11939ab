/**
 * Generated reports, printed as organs publish them (published/), come back through the real import
 * with every cell, the organ, the year and the prose exact (published/check.ts). A cell whose printed
 * place is ambiguous may only come back blank, with a warning: never a different number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFaithful, FORMATS, importPrinted } from './published/check';
import { publishedReport } from './published/report';
import { allKnobCombinations, NO_KNOBS, tableKnobs } from './published/tables';

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
