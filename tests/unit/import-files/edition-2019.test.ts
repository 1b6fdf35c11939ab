/**
 * Generated reports of the 2019 试行 edition (国办公开办函〔2019〕60号), printed in its layout as organs
 * published them for 2019 and 2020 (REAL-WORLD.md): its own 表二 (本年新制作数量 …, 上一年项目数量 / 本年增/减,
 * 第二十条第（九）项 政府集中采购) and a single （六）其他处理 row. Through the real import (text, HTML, .docx),
 * with the tables printed as people print them and in the frames sites use: the report is read into the
 * 2019 edition, every number exactly (a negative 本年增/减 with its sign, an amount with its decimals), and
 * the organ, the year and the prose come back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITION_2019 } from '../../../shared/format';
import { applyImportAnswers } from '../../../shared/import/answers';
import { expectFaithful, FORMATS, importPrinted } from './published/check';
import { frameChoice, frameOf } from './published/frames';
import { publishedReport } from './published/report';
import { NO_KNOBS, tableKnobs } from './published/tables';

/** Property runs per format: sized so this file runs in a few seconds on a shared machine. */
const RUNS = 12;

const report2019 = (options: { blanks?: boolean; quiet?: boolean } = {}) =>
  publishedReport({ ...options, edition: EDITION_2019 });

describe('a published report of the 2019 试行 layout is read into the 2019 edition', () => {
  it.each(FORMATS)('as printed plainly, from %s', async (format) => {
    await fc.assert(
      fc.asyncProperty(report2019(), async (report) => {
        const imported = await importPrinted(format, report);
        expectFaithful(report, NO_KNOBS, imported);
        // told, in the summary, which format it was read as and how many cells that format has
        expect(imported.summary?.[0]?.read).toContain(`格式：${EDITION_2019.name}`);
        const note = imported.issues.find((i) => i.message.includes(`已按${EDITION_2019.name}导入`))!;
        expect(note.message).toContain(`共 ${EDITION_2019.cells.length} 个数值单元格`);
        // the layout is the edition's own: nothing refused, nothing missing
        expect(imported.issues.filter((i) => i.severity === 'error')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(FORMATS)(
    'with the tables printed as people print them (zero marks, signs, breaks …), from %s',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(report2019({ blanks: true }), report2019({ blanks: true, quiet: true })),
          tableKnobs,
          fc.constantFrom<'newline' | 'space'>('newline', 'space'),
          async (report, knobs, cellBreaks) => {
            expectFaithful(report, knobs, await importPrinted(format, report, knobs, { cellBreaks }));
          },
        ),
        { numRuns: 2 * RUNS },
      );
    },
  );

  it.each(FORMATS)('in the frames sites use (titles, heading numberings, page furniture), from %s', async (format) => {
    const cases = report2019({ blanks: true }).chain((report) =>
      fc.tuple(fc.constant(report), frameChoice(report), tableKnobs),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ([report, choice, knobs]) => {
        const frame = frameOf(choice);
        const imported = await importPrinted(format, report, knobs, undefined, frame);
        // a title only in the page's <title> is not read from text or Word: the clerk is asked
        const asked = choice.placement === 'pageTitleOnly' && format !== 'html';
        const answered = asked ? applyImportAnswers(imported.report, { organ: report.organ, year: report.year }) : null;
        expectFaithful(report, knobs, answered ? { ...imported, report: answered } : imported, frame);
      }),
      { numRuns: RUNS },
    );
  });
});
