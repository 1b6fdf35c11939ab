/**
 * Everything around the tables and the prose that a site or a template decides: the title, the
 * section and sub-section headings, the 落款 and the page furniture. One overridable place, so that
 * variations of titles, heading numberings and furniture are added here (as other frames, or by
 * spreading PLAIN_FRAME and replacing a method) without touching the tables or the renderers.
 */
import { reportTitle, subHeading, type SectionDef } from '../../../../shared/format';
import type { PrintedBlock } from './document';
import type { PublishedReport } from './report';

export interface DocumentFrame {
  /** The HTML page's <title>; undefined for none. */
  pageTitle(report: PublishedReport): string | undefined;
  /** Everything before section 一: furniture, the title, the 引言. */
  opening(report: PublishedReport): PrintedBlock[];
  /** The heading line of a section as printed. */
  sectionHeading(section: SectionDef): string;
  /** A sub-heading of a prose section as printed (index: its place among the parts printed, from 0). */
  subHeading(section: SectionDef, index: number, title: string): string;
  /** Everything after the last section's text: the 落款, the date, furniture. */
  closing(report: PublishedReport): PrintedBlock[];
}

/** The report as the national format prints it, with nothing around it. */
export const PLAIN_FRAME: DocumentFrame = {
  pageTitle: () => undefined,
  opening: (report) => [
    { type: 'title', lines: [reportTitle(report.organ, report.year)] },
    { type: 'paragraph', text: report.intro },
  ],
  sectionHeading: (section) => section.heading,
  subHeading: (_section, index, title) => subHeading(index, title),
  closing: (report) => [
    { type: 'paragraph', text: report.closing.signer },
    { type: 'paragraph', text: report.closing.date },
  ],
};
