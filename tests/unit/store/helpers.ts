/** Shared test material: temp folders, a controllable clock, and the 孟州 2025 report as data. */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellId, T3_COLUMNS, T3_ROWS, T4_GROUPS, T4_OUTCOMES } from '../../../shared/format';
import { emptyReport, setCells, type Cell, type Report } from '../../../shared/report';
import { openStore } from '../../../electron/services/store';

const made: string[] = [];

export function tempDir(label = 'store'): string {
  const dir = mkdtempSync(join(tmpdir(), `nianbao-${label}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function fakeClock(startIso = '2026-03-01T02:00:00.000Z') {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export function openIn(dir: string, now?: () => Date) {
  return openStore(now ? { dir, now } : { dir });
}

/** A raw read-only look at the database file, independent of the store's code. */
/** PRAGMA integrity_check of a database file, read through a separate read-only connection. */
export function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

export function rawCount(dbPath: string, sql: string, ...params: unknown[]): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(sql)
      .pluck()
      .get(...params) as number;
  } finally {
    db.close();
  }
}

export const MENGZHOU = '孟州市人民政府办公室';

/**
 * ../shared/fixtures/mengzhou-2025.txt, read by hand: every applicant column but 自然人 is 0, so only
 * the 自然人 column is listed, in T3 row order (一, 二, （一）…（六）3, （七）, 四).
 */
const MENGZHOU_T3_NATURAL = [129, 0, 35, 0, 0, 0, 0, 0, 0, 0, 1, 0, 39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 49, 124, 5];
const MENGZHOU_T4 = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

export const MENGZHOU_PROBLEMS =
  '一是政府信息公开深度与精准度不足。部分公开内容仍停留在“应公开尽公开”的基础层面，对群众关切的重点领域政策解读等内容挖掘不深。';

export function mengzhou2025(): Report {
  const cells: Record<string, Cell> = {
    'T2.rules.issued': '0',
    'T2.rules.repealed': '0',
    'T2.rules.inForce': '0',
    'T2.normativeDocs.issued': '0',
    'T2.normativeDocs.repealed': '11',
    'T2.normativeDocs.inForce': '76',
    'T2.licensing.decisions': '0',
    'T2.punishment.decisions': '0',
    'T2.enforcement.decisions': '0',
    'T2.fees.amount': '0',
  };
  T3_ROWS.forEach((row, i) => {
    for (const column of T3_COLUMNS) {
      const natural = String(MENGZHOU_T3_NATURAL[i]);
      cells[cellId('T3', row.key, column.key)] = column.key === 'natural' || column.isTotal ? natural : '0';
    }
  });
  let i = 0;
  for (const group of T4_GROUPS)
    for (const outcome of T4_OUTCOMES) cells[cellId('T4', group.key, outcome.key)] = String(MENGZHOU_T4[i++]);
  const report = setCells(
    emptyReport({ organName: MENGZHOU, organKind: '政府部门', year: 2025, region: '孟州市' }),
    cells,
  );
  return {
    ...report,
    intro: '根据《中华人民共和国政府信息公开条例》规定，编制本报告。',
    prose: {
      overview: {
        ...report.prose.overview,
        lead: '2025年，共受理政府信息公开申请129件，结转下年度继续办理5件。',
        active: '坚持以公开为常态、不公开为例外，持续加大主动公开力度。',
      },
      problems: {
        ...report.prose.problems,
        problems: MENGZHOU_PROBLEMS,
        improvements: '一是深化政府信息公开内容，提升精准性和实效性。',
      },
      other: { ...report.prose.other, otherMatters: '无。' },
    },
    fee: { notices: '0', noticeAmount: '0', collected: '0' },
  };
}
