/**
 * What changed between two versions of a report, by the parts a clerk knows (基本信息, 一 … 六, 说明):
 * how many cells, how many text parts, which fee fields, which acknowledgements. Pure; the history
 * list uses it to say what each editing session did.
 */
import { editionOf, FEE_FIELDS, parseCellId, SECTIONS, type CellId, type SectionKey } from '../format';
import { META_TITLE, type Cell, type Report } from '../report';

export type DiffPlace = SectionKey | 'meta' | 'acknowledgements';

export interface PlaceChange {
  place: DiffPlace;
  /** entered table cells whose value changed (a derived total follows its parts and is not counted again) */
  cells: CellId[];
  /** text parts (lead or sub-part) whose words changed */
  texts: number;
  /** other fields: organ, title, fee fields, signer … or acknowledgements written, changed or removed */
  fields: number;
}

export interface ReportDiff {
  changes: PlaceChange[];
  /** nothing differs */
  same: boolean;
}

const TABLE_SECTION = new Map(SECTIONS.filter((s) => s.table).map((s) => [s.table!, s.key]));

function tally(map: Map<DiffPlace, PlaceChange>, place: DiffPlace): PlaceChange {
  let c = map.get(place);
  if (!c) map.set(place, (c = { place, cells: [], texts: 0, fields: 0 }));
  return c;
}

/** A cell's value, or undefined when the report's edition has no such cell. */
function cellOrAbsent(report: Report, id: CellId): Cell | undefined {
  const p = parseCellId(id)!;
  return report.tables[p.table][p.row]?.[p.column];
}

export function diffReports(before: Report, after: Report): ReportDiff {
  const map = new Map<DiffPlace, PlaceChange>();
  // the entered cells of both versions' editions (a re-import may bring another edition): a cell only
  // one of them has counts as changed
  const entered = new Set(
    [...editionOf(before).cells, ...editionOf(after).cells].filter((c) => !c.derived).map((c) => c.id),
  );
  for (const id of entered) {
    if (cellOrAbsent(before, id) === cellOrAbsent(after, id)) continue;
    tally(map, TABLE_SECTION.get(id.slice(0, 2) as 'T2' | 'T3' | 'T4')!).cells.push(id);
  }
  for (const key of Object.keys(after.prose) as Array<keyof Report['prose']>) {
    const a = before.prose[key] as Record<string, string>;
    const b = after.prose[key] as Record<string, string>;
    for (const part of Object.keys(b)) if ((a[part] ?? '') !== (b[part] ?? '')) tally(map, key).texts++;
  }
  for (const f of FEE_FIELDS) if (before.fee[f.key] !== after.fee[f.key]) tally(map, 'other').fields++;
  if (before.priorProblems !== after.priorProblems) tally(map, 'problems').fields++;
  const metaFields = [
    [before.organ.name, after.organ.name],
    [before.organ.kind, after.organ.kind],
    [before.organ.region, after.organ.region],
    [before.organ.rulesPower, after.organ.rulesPower],
    [before.year, after.year],
    [before.title, after.title],
    [before.intro, after.intro],
    [before.closing.signer, after.closing.signer],
    [before.closing.date, after.closing.date],
  ] as const;
  for (const [a, b] of metaFields) if (a !== b) tally(map, 'meta').fields++;
  const acks = (r: Report) => new Map(r.acknowledgements.map((x) => [x.key, x.explanation]));
  const [ackA, ackB] = [acks(before), acks(after)];
  for (const key of new Set([...ackA.keys(), ...ackB.keys()]))
    if (ackA.get(key) !== ackB.get(key)) tally(map, 'acknowledgements').fields++;

  const order: DiffPlace[] = ['meta', ...SECTIONS.map((s) => s.key), 'acknowledgements'];
  const changes = order.flatMap((p) => (map.has(p) ? [map.get(p)!] : []));
  return { changes, same: changes.length === 0 };
}

const PLACE_TITLE: Record<DiffPlace, string> = {
  meta: META_TITLE,
  acknowledgements: '警告说明',
  ...(Object.fromEntries(SECTIONS.map((s) => [s.key, s.heading])) as Record<SectionKey, string>),
};

/** One line per place, in Chinese: "三、收到和处理政府信息公开申请情况：3 个单元格". */
export function describeChange(c: PlaceChange): string {
  const parts: string[] = [];
  if (c.cells.length > 0) parts.push(`${c.cells.length} 个单元格`);
  if (c.texts > 0) parts.push(`${c.texts} 段文字`);
  if (c.fields > 0) parts.push(c.place === 'acknowledgements' ? `${c.fields} 条说明` : `${c.fields} 项内容`);
  return `${PLACE_TITLE[c.place]}：${parts.join('、')}`;
}
