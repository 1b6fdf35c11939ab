/**
 * The zod schema of one report, built from the format definition. Written with zod's mini build
 * (functions rather than methods, so a bundle holds only what it uses): the renderer checks a
 * report before each save with this very schema, and the mini build keeps that to a few KB instead
 * of zod's whole classic build. The main side embeds it in the classic-zod contract (both are zod 4
 * core schemas).
 * A cell is a string or null: null is blank ("not filled in yet"), "0" is a value. A string that is
 * not a canonical number (kept from an import or a JSON file) is flagged by CELL-DOMAIN, never dropped.
 * The report schemas are built on their first use (`z.lazy`), not when this module is evaluated:
 * building them (two editions' tables, ~200 cells each) was half of the editor chunk's evaluation,
 * 30–90 ms at 4× CPU throttle on the way to a report's first paint, where nothing validates a report
 * (docs/PERFORMANCE.md, "Report URL → 表三 at 4× (branch open4x)").
 */
import * as z from 'zod/mini';
import {
  CURRENT_EDITION,
  EDITION_2019,
  EDITION_2021,
  FEE_FIELDS,
  FORMAT_IDS,
  ORGAN_KINDS,
  PROSE_SECTIONS,
  type FormatEdition,
  type FormatId,
} from '../format';

/**
 * The shape version of a stored report. Raise it with every change of shape and add the step that brings
 * the previous shape up (./upgrade): stored revisions and report files of every earlier version stay readable.
 * 2: `format` names the edition of the national format.
 */
export const REPORT_SCHEMA_VERSION = 2;

export const cellSchema = z.nullable(z.string().check(z.maxLength(64)));
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

export const tablesSchema = z.lazy(() => tablesSchemaFor(CURRENT_EDITION));
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

/** A report of one edition: its tables are that edition's, and `format` must name it. */
export function reportSchemaFor<Id extends FormatId>(edition: FormatEdition<Id>) {
  return z.strictObject({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    format: z.literal(edition.id, { error: `应为${edition.name}` }),
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
    tables: tablesSchemaFor(edition),
    /** last year's section 五 problems, shown beside the rectification part */
    priorProblems: proseText,
    acknowledgements: z.array(acknowledgementSchema).check(z.maxLength(500)),
    closing: z.strictObject({
      signer: z.string().check(z.maxLength(100)),
      date: z.string().check(z.maxLength(40)),
    }),
  });
}

/** A report of the edition new reports follow (what a new report, a next year and the 汇总 are). */
export const reportSchema = z.lazy(() => reportSchemaFor(CURRENT_EDITION));

/** One schema per edition, by its id (FORMAT_IDS): a new edition added there must be added here. */
const schemasByEdition = () =>
  ({
    '2021': reportSchemaFor(EDITION_2021),
    '2019': reportSchemaFor(EDITION_2019),
  }) as const satisfies Record<FormatId, unknown>;

/**
 * A report of any edition the program knows, checked against the tables of the edition it names
 * (`format`): what the contract carries, the store keeps, report files hold and the editor's crash copy
 * is. A report naming no known edition is refused in Chinese with the editions it may name.
 */
export const anyReportSchema = z.lazy(() => {
  const byEdition = schemasByEdition();
  return z.discriminatedUnion('format', [byEdition['2021'], byEdition['2019']], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `报告的格式版本${describeFormat(issue.input)}无法识别（本程序认识：${FORMAT_IDS.join('、')}）；如由更新版本的年报助手保存，请先升级年报助手`
        : undefined,
  });
});

function describeFormat(input: unknown): string {
  const format = typeof input === 'object' && input !== null ? (input as { format?: unknown }).format : undefined;
  return format === undefined ? '（未注明）' : `“${String(format)}”`;
}

/** A report of any edition: its `format` names the edition, whose rows and columns its tables hold. */
export type Report = z.infer<typeof anyReportSchema>;
export type ProseSectionKey = keyof Report['prose'];
