/**
 * A generated report laid out as the organ publishes it: the frame's opening, each section's heading
 * and its prose or tables, the frame's closing. The one entry point for tests: printReport(), then a
 * renderer from render.ts.
 */
import { SECTIONS } from '../../../../shared/format';
import type { PrintedBlock, PrintedDocument } from './document';
import { PLAIN_FRAME, type DocumentFrame } from './frame';
import type { PublishedReport } from './report';
import { effectiveKnobs, NO_KNOBS, printTables, type TableKnobs } from './tables';

export function printReport(
  report: PublishedReport,
  knobs: TableKnobs = NO_KNOBS,
  frame: DocumentFrame = PLAIN_FRAME,
): PrintedDocument {
  const tables = printTables(report, effectiveKnobs(report, knobs));
  const blocks: PrintedBlock[] = [...frame.opening(report)];
  for (const section of SECTIONS) {
    blocks.push({ type: 'heading', text: frame.sectionHeading(section) });
    if (section.table) {
      tables[section.table].forEach((table, i) => {
        // where a table breaks across pages, text taken from the PDF keeps the page number between
        if (i > 0) blocks.push({ type: 'paragraph', text: `— ${i + 1} —` });
        blocks.push({ type: 'table', table });
      });
      continue;
    }
    const key = section.key as 'overview' | 'problems' | 'other';
    // Organs number the parts they write (（一）（二）… in order), not by the parts' places in the format.
    let printed = 0;
    for (const part of report.prose[key]) {
      const index = section.parts.findIndex((p) => p.key === part.key);
      if (index >= 0) {
        blocks.push({ type: 'subheading', text: frame.subHeading(section, printed++, section.parts[index]!.title) });
      }
      for (const text of part.paragraphs) blocks.push({ type: 'paragraph', text });
    }
  }
  blocks.push(...frame.closing(report));
  return { pageTitle: frame.pageTitle(report), blocks };
}
