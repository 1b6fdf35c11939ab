/**
 * How a report document is kept in a revision row: validated, serialised compactly, deflated (a report is
 * mostly repeated keys and nulls, so it shrinks about tenfold), with a hash to spot an unchanged save
 * without decompressing anything.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ApiError } from '../../../shared/api';
import { reportSchema, type Report } from '../../../shared/report';

export interface EncodedReport {
  report: Report;
  hash: string;
  body: Buffer;
}

export function validateReport(input: unknown): Report {
  const parsed = reportSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length ? `（${issue.path.join('.')}）` : '';
  throw new ApiError('INVALID_ARGS', `报告内容不符合格式${where}：${issue?.message ?? '未知错误'}`);
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

export function decodeReport(body: Uint8Array): Report {
  return reportSchema.parse(JSON.parse(inflateRawSync(body).toString('utf8')));
}
