/** The report shapes older versions wrote, as committed files (tests/fixtures/report-v*). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../fixtures/report-v1');

/** A revision body of report schema version 1, as the store kept it (JSON before deflate). */
export function v1BodyText(): string {
  return readFileSync(join(DIR, 'body.v1.json'), 'utf8');
}

export function v1Body(): Record<string, unknown> {
  return JSON.parse(v1BodyText()) as Record<string, unknown>;
}

/** A .nianbao.json exported by version 1. */
export function v1ReportFileText(): string {
  return readFileSync(join(DIR, 'report.v1.nianbao.json'), 'utf8');
}
