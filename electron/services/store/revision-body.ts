/**
 * How a report document is kept in a revision row: validated, serialised compactly, deflated (a report is
 * mostly repeated keys and nulls, so it shrinks about tenfold), with a hash to spot an unchanged save
 * without decompressing anything.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ApiError, issueText } from '../../../shared/api';
import { ReportVersionError, anyReportSchema, upgradeReport, type Report } from '../../../shared/report';

export interface EncodedReport {
  report: Report;
  hash: string;
  body: Buffer;
}

export function validateReport(input: unknown): Report {
  const parsed = anyReportSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ApiError('INVALID_ARGS', issueText('报告内容不符合格式', parsed.error.issues[0]));
}

export function encodeReport(input: unknown): EncodedReport {
  const report = validateReport(input);
  // the schema's output has its keys in schema order, so equal content gives equal text
  const json = JSON.stringify(report);
  return {
    report,
    hash: createHash('sha256').update(json).digest('hex'),
    body: deflateRawSync(Buffer.from(json, 'utf8')),
  };
}

/** A revision body that cannot be inflated, parsed or validated: that one report is damaged, nothing else. */
export class DamagedRevisionError extends Error {
  constructor(override readonly cause: unknown) {
    super(`damaged revision body: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DamagedRevisionError';
  }
}

/**
 * A revision body written by a newer program (a later report shape): not damaged, only unreadable here.
 * The message (Chinese) asks for the newer program; the stored body is never touched.
 */
export class NewerRevisionError extends DamagedRevisionError {
  constructor(readonly versionError: ReportVersionError) {
    super(versionError);
    this.name = 'NewerRevisionError';
  }
}

/**
 * A revision body back to a report: inflated, parsed, brought up to the current shape by the upgrade chain
 * (a body stays as it was written; only what is read is upgraded) and validated.
 */
export function decodeReport(body: Uint8Array): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(inflateRawSync(body).toString('utf8'));
  } catch (error) {
    throw new DamagedRevisionError(error);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new DamagedRevisionError(new Error('not an object'));
  let upgraded: Record<string, unknown>;
  try {
    upgraded = upgradeReport(parsed as Record<string, unknown>).data;
  } catch (error) {
    if (error instanceof ReportVersionError && error.reason === 'newer') throw new NewerRevisionError(error);
    throw new DamagedRevisionError(error);
  }
  const checked = anyReportSchema.safeParse(upgraded);
  if (!checked.success) throw new DamagedRevisionError(checked.error);
  return checked.data;
}
