/**
 * How a report document is kept in a revision row: validated, serialised compactly, deflated (a report is
 * mostly repeated keys and nulls, so it shrinks about tenfold), with a hash to spot an unchanged save
 * without decompressing anything.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ApiError, issueText } from '../../../shared/api';
import { reportSchema, type Report } from '../../../shared/report';

export interface EncodedReport {
  report: Report;
  hash: string;
  body: Buffer;
}

export function validateReport(input: unknown): Report {
  const parsed = reportSchema.safeParse(input);
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

export function decodeReport(body: Uint8Array): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(inflateRawSync(body).toString('utf8'));
  } catch (error) {
    throw new DamagedRevisionError(error);
  }
  const checked = reportSchema.safeParse(parsed);
  if (!checked.success) throw new DamagedRevisionError(checked.error);
  return checked.data;
}
