/**
 * Marks the field a finding concerns (its cells, or the text that states the figure) while the clerk
 * looks at or acknowledges the finding. A class on the DOM, not React state: no cell re-renders.
 */
import type { Report } from '../../shared/report';
import { cellSelector } from '../report/paths';
import { jumpTarget, type FindingPlace } from '../report/jump-target';

export const HIGHLIGHT_CLASS = 'finding-focus';

function targets(f: FindingPlace, report: Report): HTMLElement[] {
  const selectors = f.cells.length > 0 ? f.cells.map(cellSelector) : [];
  const text = jumpTarget(f, report);
  if (text && !selectors.includes(text)) selectors.push(text);
  const out: HTMLElement[] = [];
  for (const s of selectors) {
    const el = document.querySelector<HTMLElement>(s);
    if (!el) continue;
    // a cell's mark is on its table cell, which carries the error and warning colours too
    out.push(el.closest<HTMLElement>('td') ?? el);
  }
  return out;
}

/** Highlights now; the returned function takes the highlight away. */
export function highlightFinding(f: FindingPlace, report: Report): () => void {
  const els = targets(f, report);
  for (const el of els) el.classList.add(HIGHLIGHT_CLASS);
  return () => {
    for (const el of els) el.classList.remove(HIGHLIGHT_CLASS);
  };
}
