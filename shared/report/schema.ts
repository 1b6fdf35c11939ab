/**
 * The zod schema of one report, built from the format definition.
 * A cell is a string or null: null is blank ("not filled in yet"), "0" is a value. A string that is
 * not a canonical number (kept from an import or a JSON file) is flagged by CELL-DOMAIN, never dropped.
 */
import { z } from 'zod';
import { CURRENT_EDITION, FEE_FIELDS, FORMAT_IDS, ORGAN_KINDS, PROSE_SECTIONS, type FormatEdition } from '../format';

/**
 * The shape version of a stored report. Raise it with every change of shape and add the step that brings
 * the previous shape up (./upgrade): stored revisions and report files of every earlier version stay readable.
 * 2: `format` names the edition of the national format.
 */
export const REPORT_SCHEMA_VERSION = 2;

export const cellSchema = z.string().max(64).nullable();
export type Cell = z.infer<typeof cellSchema>;

function grid(rows: readonly string[], columns: readonly string[]) {
  const row = z.strictObject(
    Object.fromEntries(columns.map((c) => [c, cellSchema])) as Record<string, typeof cellSchema>,
  );
  return z.strictObject(Object.fromEntries(rows.map((r) => [r, row])) as Record<string, typeof row>);
}

/** The three tables of an edition: exactly its rows and columns, nothing more, nothing missing. */
export function tablesSchemaFor(edition: FormatEdition) {
  const t2 = z.strictObject(
    Object.fromEntries(
      edition.t2Blocks.flatMap((b) =>
        b.rows.map((r) => [
          r.key,
          z.strictObject(
            Object.fromEntries(b.columns.map((c) => [c.key, cellSchema])) as Record<string, typeof cellSchema>,
          ),
        ]),
      ),
    ),
  );
  const t3 = grid(
    edition.t3Rows.map((r) => r.key),
    edition.t3Columns.map((c) => c.key),
  );
  const t4 = grid(
    edition.t4Groups.map((g) => g.key),
    edition.t4Outcomes.map((o) => o.key),
  );
  return z.strictObject({ T2: t2, T3: t3, T4: t4 });
}

export const tablesSchema = tablesSchemaFor(CURRENT_EDITION);
export type Tables = Record<'T2' | 'T3' | 'T4', Record<string, Record<string, Cell>>>;

const proseText = z.string().max(200_000);
const proseSchema = z.strictObject(
  Object.fromEntries(
    PROSE_SECTIONS.map((s) => [
      s.key,
      z.strictObject({
        /** text before the first standard sub-heading */
        lead: proseText,
        ...Object.fromEntries(s.parts.map((p) => [p.key, proseText])),
      }),
    ]),
  ) as unknown as Record<
    'overview' | 'problems' | 'other',
    z.ZodObject<Record<string, typeof proseText>, z.core.$strict>
  >,
);

export const organSchema = z.strictObject({
  name: z.string().trim().max(100),
  kind: z.enum(ORGAN_KINDS),
  region: z.string().trim().max(100),
  /** 具有规章制定权 (X-RULES-POWER) */
  rulesPower: z.boolean(),
});
export type OrganInfo = z.infer<typeof organSchema>;

export const acknowledgementSchema = z.strictObject({
  /** Finding key: rule ID plus the cells it names, see findingKey() */
  key: z.string().min(1).max(500),
  ruleId: z.string().min(1).max(40),
  explanation: z.string().trim().min(1, { error: '请填写说明' }).max(2000),
  at: z.string().max(40),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/** A report of one edition: its tables are that edition's, and `format` must name it. */
export function reportSchemaFor(edition: FormatEdition) {
  return z.strictObject({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    format: z.enum(FORMAT_IDS).refine((id) => id === edition.id, { error: `应为${edition.name}` }),
    organ: organSchema,
    year: z.number().int().min(2008).max(2100).nullable(),
    /** empty: the conventional title from organ and year */
    title: z.string().max(200),
    intro: proseText,
    prose: proseSchema,
    fee: z.strictObject(
      Object.fromEntries(FEE_FIELDS.map((f) => [f.key, cellSchema])) as Record<
        'notices' | 'noticeAmount' | 'collected',
        typeof cellSchema
      >,
    ),
    tables: tablesSchemaFor(edition),
    /** last year's section 五 problems, shown beside the rectification part */
    priorProblems: proseText,
    acknowledgements: z.array(acknowledgementSchema).max(500),
    closing: z.strictObject({ signer: z.string().max(100), date: z.string().max(40) }),
  });
}

/** A report of the edition new reports follow (the one the form edits and the contract carries). */
export const reportSchema = reportSchemaFor(CURRENT_EDITION);

export type Report = z.infer<typeof reportSchema>;
export type ProseSectionKey = keyof Report['prose'];
