/**
 * A published report of the 2019 试行 edition, built from EDITION_2019 with generated numbers (a seeded
 * generator: every test run varies the seed it is given, never a hard-coded table). Its 表三 balances
 * column by column (一 + 二 = （七）总计 + 四) and its totals are the sums of their parts, as a published
 * report's would; 表二's “本年增/减” may be negative, as printed reports show it.
 */
import { cellId, EDITION_2019, type CellId } from '../shared/format';
import { emptyReport, emptyTables, setCells, withDerivedTotals, type Cell, type Report } from '../shared/report';

/** A small deterministic generator (mulberry32), so a failing seed can be replayed. */
export function seededRandom(seed: number): (max: number) => number {
  let a = seed >>> 0;
  return (max) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max + 1));
  };
}

export interface Report2019Options {
  seed: number;
  organName?: string;
  year?: number;
  region?: string;
}

export function report2019(options: Report2019Options): Report {
  const random = seededRandom(options.seed);
  const edition = EDITION_2019;
  const values: Record<CellId, Cell> = {};

  for (const block of edition.t2Blocks)
    for (const row of block.rows)
      for (const column of block.columns) {
        const kind = column.kind ?? block.kind;
        const n = random(300);
        values[cellId('T2', row.key, column.key)] =
          kind === 'wanYuan'
            ? `${n}.${String(random(99)).padStart(2, '0')}`
            : column.key === 'changeThisYear' && random(3) === 0
              ? `-${1 + random(9)}`
              : String(n);
      }

  const resultRows = edition.t3Rows.filter((r) => r.role === 'result');
  for (const column of edition.t3Columns.filter((c) => !c.isTotal)) {
    let results = 0;
    for (const row of resultRows) {
      const n = random(4) === 0 ? random(20) : 0;
      results += n;
      values[cellId('T3', row.key, column.key)] = String(n);
    }
    const forward = random(6);
    const carried = Math.min(random(6), results + forward);
    values[cellId('T3', 'carryForward', column.key)] = String(forward);
    values[cellId('T3', 'carriedOver', column.key)] = String(carried);
    values[cellId('T3', 'newReceived', column.key)] = String(results + forward - carried);
  }

  for (const group of edition.t4Groups)
    for (const outcome of edition.t4Outcomes.filter((o) => !o.isTotal))
      values[cellId('T4', group.key, outcome.key)] = String(random(3));

  const organName = options.organName ?? '某县交通运输局';
  const year = options.year ?? 2020;
  const base = emptyReport({ organName, year, region: options.region ?? '某县' });
  const report: Report = {
    ...base,
    format: edition.id,
    tables: emptyTables(edition),
    intro: `根据《中华人民共和国政府信息公开条例》规定，编制本报告（第${options.seed}号样本）。`,
    prose: {
      ...base.prose,
      overview: { ...base.prose.overview, lead: `${year}年，本机关认真贯彻落实政府信息公开工作要求。` },
      problems: {
        ...base.prose.problems,
        problems: `一是公开内容的及时性有待提高（样本${options.seed}）。二是政策解读形式较为单一。`,
      },
    },
    closing: { signer: organName, date: `${year + 1}年1月20日` },
  };
  return withDerivedTotals(setCells(report, values));
}
