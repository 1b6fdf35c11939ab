/** The Mengzhou 2025 report (a real published report that passes every error rule), parsed once. */
import { readFileSync } from 'node:fs';
import { parseReportText } from '../../../shared/import/text';
import { emptyReport, setCells, type Report } from '../../../shared/report';
import { MENGZHOU_FIXTURE_PATH } from '../../reference';

export const MENGZHOU_PATH = MENGZHOU_FIXTURE_PATH;
export const MENGZHOU_TEXT = readFileSync(MENGZHOU_PATH, 'utf8');

export function mengzhou(): Report {
  return parseReportText(MENGZHOU_TEXT).report;
}

/** A prior-year report holding only the given cells: no prose, so no prose rule fires by accident. */
export function priorWith(cells: Record<string, string | null>): Report {
  return setCells(emptyReport({ organName: '孟州市人民政府办公室', year: 2024 }), cells);
}

export const ids = (findings: readonly { id: string }[]) => findings.map((f) => f.id).sort();
