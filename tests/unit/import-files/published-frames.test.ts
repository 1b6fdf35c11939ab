/**
 * Generated reports in the frames sites and templates really use (published/frames.ts): every title
 * form and placement, every heading numbering, page furniture before, inside and after — from text,
 * HTML and .docx. The organ, the year, every cell and the prose come back exactly; the furniture is
 * never report text and is named in the import report; and the checks find nothing the plainly
 * printed text does not also give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_CELLS } from '../../../shared/format';
import { applyImportAnswers } from '../../../shared/import/answers';
import { getCell, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { parseImportBytes, type ImportedFile } from '../../../electron/services/import';
import { printReport } from './published/print';
import { toDocx, toHtml, toText } from './published/render';
import { publishedReport, storedProse, type PublishedReport } from './published/report';
import { frameChoice, frameOf, type FrameChoice } from './published/frames';
import { effectiveKnobs, expectedCells, NO_KNOBS, tableKnobs, type TableKnobs } from './published/tables';
import { PLAIN_FRAME } from './published/frame';

type Format = 'text' | 'html' | 'docx';
const FORMATS: Format[] = ['text', 'html', 'docx'];
const RUNS = 40;

/** Every cell as printed, the organ, the year, the 引言, the prose and the 落款. */
function expectExact(report: PublishedReport, imported: Report, knobs: TableKnobs = NO_KNOBS): void {
  const { cells, mayBeBlank } = expectedCells(report, effectiveKnobs(report, knobs));
  // where the tables' knobs make a cell's place ambiguous it may come back blank, never as another number
  const wrong = TABLE_CELLS.map((c) => ({ id: c.id, printed: cells[c.id], got: getCell(imported, c.id) })).filter(
    (c) => c.got !== c.printed && !(c.got === null && mayBeBlank.has(c.id)),
  );
  expect(wrong).toEqual([]);
  expect(imported.organ.name).toBe(report.organ);
  expect(imported.year).toBe(report.year);
  expect(imported.intro).toBe(report.intro);
  for (const key of ['overview', 'problems', 'other'] as const) {
    expect(imported.prose[key]).toEqual(storedProse(report.prose[key], key));
  }
  expect(imported.closing).toEqual(report.closing);
}

async function importFramed(
  format: Format,
  report: PublishedReport,
  choice: FrameChoice | null,
  knobs: TableKnobs = NO_KNOBS,
): Promise<ImportedFile> {
  const doc = printReport(report, knobs, choice ? frameOf(choice) : PLAIN_FRAME);
  if (format === 'docx') return parseImportBytes('年报.docx', await toDocx(doc));
  const text = format === 'html' ? toHtml(doc) : toText(doc);
  return parseImportBytes(format === 'html' ? '年报.html' : '年报.txt', new TextEncoder().encode(text));
}

const findingKeys = (report: Report) =>
  runRules(report, { prior: null, final: false })
    .map((f) => `${f.id} ${f.cells?.join(',') ?? ''}`)
    .sort();

/** Everything the clerk reads as report text. */
function reportText(imported: ImportedFile): string {
  const r = imported.report;
  return [r.title, r.intro, JSON.stringify(r.prose), r.closing.signer, r.closing.date].join('\n');
}

describe('generated reports in real-world frames import exactly', () => {
  it.each(FORMATS)('title forms, heading numberings and page furniture, from %s', async (format) => {
    const cases = publishedReport().chain((report) => fc.tuple(fc.constant(report), frameChoice(report)));
    await fc.assert(
      fc.asyncProperty(cases, async ([report, choice]) => {
        const imported = await importFramed(format, report, choice);
        const titleOnlyInHead = choice.placement === 'pageTitleOnly' && format !== 'html';
        let stored = imported.report;
        if (titleOnlyInHead) {
          // no title a reader can see: the organ and the year are asked for, never guessed
          expect(imported.questions.map((q) => q.field)).toEqual(expect.arrayContaining(['organ', 'year']));
          expect(imported.report.organ.name).toBe('');
          expect(imported.report.year).toBeNull();
          stored = applyImportAnswers(imported.report, { organ: report.organ, year: report.year });
        } else {
          expect(imported.questions.filter((q) => q.field === 'organ' || q.field === 'year')).toEqual([]);
        }
        expectExact(report, stored);
        const furniture = [...choice.furniture.before, ...choice.furniture.metadata, ...choice.furniture.footer];
        const text = reportText(imported);
        const named = imported.issues.map((i) => i.message).join('\n');
        for (const f of furniture) {
          expect(text).not.toContain(f);
          expect(named).toContain(f.slice(0, 20));
        }
        // nothing found that the plainly printed text does not also give
        const plain = await importFramed('text', report, null);
        expect(findingKeys(stored)).toEqual(findingKeys(plain.report));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(FORMATS)('with the tables printed as people print them too, from %s', async (format) => {
    const cases = publishedReport({ blanks: true }).chain((report) =>
      fc.tuple(fc.constant(report), frameChoice(report), tableKnobs),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ([report, choice, knobs]) => {
        const imported = await importFramed(format, report, choice, knobs);
        const answers =
          choice.placement === 'pageTitleOnly' && format !== 'html' ? { organ: report.organ, year: report.year } : {};
        expectExact(report, applyImportAnswers(imported.report, answers), knobs);
      }),
      { numRuns: RUNS / 2 },
    );
  });
});
