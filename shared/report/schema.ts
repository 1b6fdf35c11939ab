/**
 * The zod schema of one report, built from the format definition. Written with zod's mini build
 * (functions rather than methods, so a bundle holds only what it uses): the renderer checks a
 * report before each save with this very schema, and the mini build keeps that to a few KB instead
 * of zod's whole classic build. The main side embeds it in the classic-zod contract (both are zod 4
 * core schemas).
 * A cell is a string or null: null is blank ("not filled in yet"), "0" is a value. A string that is
 * not a canonical number (kept from an import or a JSON file) is flagged by CELL-DOMAIN, never dropped.
 */
import * as z from 'zod/mini';
import {
  FEE_FIELDS,
  ORGAN_KINDS,
  PROSE_SECTIONS,
  T2_BLOCKS,
  T3_COLUMNS,
  T3_ROWS,
  T4_GROUPS,
  T4_OUTCOMES,
} from '../format';

export const REPORT_SCHEMA_VERSION = 1;

export const cellSchema = z.nullable(z.string().check(z.maxLength(64)));
export type Cell = z.infer<typeof cellSchema>;

function grid(rows: readonly string[], columns: readonly string[]) {
  const row = z.strictObject(
    Object.fromEntries(columns.map((c) => [c, cellSchema])) as Record<string, typeof cellSchema>,
  );
  return z.strictObject(Object.fromEntries(rows.map((r) => [r, row])) as Record<string, typeof row>);
}

const t2Schema = z.strictObject(
  Object.fromEntries(
    T2_BLOCKS.flatMap((b) =>
      b.rows.map((r) => [
        r.key,
        z.strictObject(
          Object.fromEntries(b.columns.map((c) => [c.key, cellSchema])) as Record<string, typeof cellSchema>,
        ),
      ]),
    ),
  ),
);
const t3Schema = grid(
  T3_ROWS.map((r) => r.key),
  T3_COLUMNS.map((c) => c.key),
);
const t4Schema = grid(
  T4_GROUPS.map((g) => g.key),
  T4_OUTCOMES.map((o) => o.key),
);

export const tablesSchema = z.strictObject({ T2: t2Schema, T3: t3Schema, T4: t4Schema });
export type Tables = Record<'T2' | 'T3' | 'T4', Record<string, Record<string, Cell>>>;

const proseText = z.string().check(z.maxLength(200_000));
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
    z.ZodMiniObject<Record<string, typeof proseText>, z.core.$strict>
  >,
);

export const organSchema = z.strictObject({
  name: z.string().check(z.trim(), z.maxLength(100)),
  kind: z.enum(ORGAN_KINDS),
  region: z.string().check(z.trim(), z.maxLength(100)),
  /** 具有规章制定权 (X-RULES-POWER) */
  rulesPower: z.boolean(),
});
export type OrganInfo = z.infer<typeof organSchema>;

export const acknowledgementSchema = z.strictObject({
  /** Finding key: rule ID plus the cells it names, see findingKey() */
  key: z.string().check(z.minLength(1), z.maxLength(500)),
  ruleId: z.string().check(z.minLength(1), z.maxLength(40)),
  explanation: z.string().check(z.trim(), z.minLength(1, { error: '请填写说明' }), z.maxLength(2000)),
  at: z.string().check(z.maxLength(40)),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export const reportSchema = z.strictObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  organ: organSchema,
  year: z.nullable(z.int().check(z.minimum(2008), z.maximum(2100))),
  /** empty: the conventional title from organ and year */
  title: z.string().check(z.maxLength(200)),
  intro: proseText,
  prose: proseSchema,
  fee: z.strictObject(
    Object.fromEntries(FEE_FIELDS.map((f) => [f.key, cellSchema])) as Record<
      'notices' | 'noticeAmount' | 'collected',
      typeof cellSchema
    >,
  ),
  tables: tablesSchema,
  /** last year's section 五 problems, shown beside the rectification part */
  priorProblems: proseText,
  acknowledgements: z.array(acknowledgementSchema).check(z.maxLength(500)),
  closing: z.strictObject({
    signer: z.string().check(z.maxLength(100)),
    date: z.string().check(z.maxLength(40)),
  }),
});

export type Report = z.infer<typeof reportSchema>;
export type ProseSectionKey = keyof Report['prose'];
