/**
 * What an import tells the clerk besides the report: issues found, questions it must ask, and a line per part
 * of the report. Defined here, with the importers, so that they do not depend on the transport contract;
 * the contract (shared/api) carries these schemas unchanged.
 */
import { z } from 'zod';

export const importIssueSchema = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** where in the source: a line number or a table label */
  where: z.string().optional(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/** A fact about the report the import could not read or decide: the clerk is asked before it is stored. */
export const importQuestionSchema = z.strictObject({
  field: z.enum(['organ', 'year', 'kind', 'rulesPower']),
  /** why it is asked, in Chinese */
  reason: z.string(),
});
export type ImportQuestion = z.infer<typeof importQuestionSchema>;

/** One line of the import report: a part of the report (标题, 引言, 一…六, 落款), what was read, normalised, missing. */
export const importSummaryRowSchema = z.strictObject({
  part: z.string(),
  read: z.string(),
  normalised: z.array(z.string()),
  missing: z.array(z.string()),
});
export type ImportSummaryRow = z.infer<typeof importSummaryRowSchema>;
