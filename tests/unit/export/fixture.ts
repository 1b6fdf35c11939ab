/**
 * The 孟州市 2025 report (../shared/fixtures/mengzhou-2025.txt, a real published report) as a Report,
 * read here from the text itself: the tables by their tab-separated rows, the prose by its headings.
 * Independent of the text importer under test elsewhere.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { T2_BLOCKS, T3_COLUMNS, T3_ROWS, T4_GROUPS, T4_OUTCOMES, cellId, type CellId } from '../../../shared/format';
import { emptyReport, setCells, type Report } from '../../../shared/report';
import { MENGZHOU_FIXTURE_PATH } from '../../reference';

export const FIXTURE_PATH = process.env.NIANBAO_FIXTURE ?? MENGZHOU_FIXTURE_PATH;

export function fixtureText(): string {
  return readFileSync(FIXTURE_PATH.startsWith('file:') ? fileURLToPath(FIXTURE_PATH) : FIXTURE_PATH, 'utf8');
}

const numbers = (line: string) =>
  line
    .split('\t')
    .map((f) => f.trim())
    .filter((f) => /^\d+(\.\d+)?$/.test(f));

function between(text: string, start: string, end: string | null): string {
  const i = text.indexOf(start);
  if (i < 0) throw new Error(`fixture lacks ${start}`);
  const j = end === null ? text.length : text.indexOf(end, i + start.length);
  return text.slice(i + start.length, j < 0 ? text.length : j);
}

/** Every numeric cell of the fixture, by cell id, as printed. */
export function fixtureCells(text = fixtureText()): Map<CellId, string> {
  const cells = new Map<CellId, string>();
  const lines = text.split(/\r?\n/);

  // T2: the row label opens the line, its values follow.
  for (const block of T2_BLOCKS) {
    for (const row of block.rows) {
      const line = lines.find((l) => l.split('\t')[0]!.trim() === row.label);
      if (!line) throw new Error(`fixture lacks T2 row ${row.label}`);
      const values = numbers(line);
      block.columns.forEach((c, i) => cells.set(cellId('T2', row.key, c.key), values[i]!));
    }
  }

  // T3: the 25 lines ending in seven numbers, in table order.
  const t3 = between(text, '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议')
    .split(/\r?\n/)
    .map(numbers)
    .filter((v) => v.length === T3_COLUMNS.length);
  if (t3.length !== T3_ROWS.length) throw new Error(`fixture T3 has ${t3.length} data rows`);
  T3_ROWS.forEach((row, r) => T3_COLUMNS.forEach((c, i) => cells.set(cellId('T3', row.key, c.key), t3[r]![i]!)));

  // T4: the one line of fifteen numbers.
  const t4 = between(text, '四、政府信息公开行政复议', '五、存在的主要问题')
    .split(/\r?\n/)
    .map(numbers)
    .find((v) => v.length === T4_GROUPS.length * T4_OUTCOMES.length);
  if (!t4) throw new Error('fixture lacks the T4 data row');
  T4_GROUPS.forEach((g, gi) =>
    T4_OUTCOMES.forEach((o, oi) => cells.set(cellId('T4', g.key, o.key), t4[gi * T4_OUTCOMES.length + oi]!)),
  );
  return cells;
}

function part(text: string, label: string, next: string | null): string {
  return between(text, label, next)
    .replace(/^[：:]/, '')
    .trim();
}

export function fixtureReport(): Report {
  const text = fixtureText();
  const overview = between(text, '一、总体情况', '二、主动公开政府信息情况');
  const problems = between(text, '五、存在的主要问题及改进情况', '六、其他需要报告的事项').trim();
  const other = between(text, '六、其他需要报告的事项', null).trim();
  if (!other.includes('未收取信息处理费')) throw new Error('fixture 六 no longer says no fee was collected');
  const base = emptyReport({
    organName: '孟州市人民政府办公室',
    organKind: '政府部门',
    year: 2025,
    region: '河南省焦作市孟州市',
  });
  const report: Report = {
    ...base,
    prose: {
      overview: {
        lead: '',
        active: part(overview, '（一）主动公开', '（二）依申请公开'),
        request: part(overview, '（二）依申请公开', '（三）政府信息管理'),
        management: part(overview, '（三）政府信息管理', '（四）政府信息公开平台建设'),
        platform: part(overview, '（四）政府信息公开平台建设', '（五）监督保障'),
        supervision: part(overview, '（五）监督保障', null),
      },
      problems: {
        lead: '',
        rectification: '',
        problems: part(problems, '存在的主要问题', '改进情况'),
        improvements: part(problems, '改进情况', null),
      },
      // 六 says only that no 信息处理费 was collected: that is the fee fields below, not prose.
      other: { lead: '', superiorTasks: '', proposals: '', innovation: '', otherMatters: '' },
    },
    fee: { notices: '0', noticeAmount: '0', collected: '0' },
  };
  return setCells(report, fixtureCells(text));
}
