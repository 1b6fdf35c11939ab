// STUB — the import helper replaces this with the real parser; keep the signature.
import type { ImportIssue } from '../api';
import type { Report } from '../report';

export interface ImportResult {
  report: Report;
  issues: ImportIssue[];
}

export function parseReportText(_text: string): ImportResult {
  throw new Error('not implemented yet');
}
