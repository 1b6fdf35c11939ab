/**
 * Every refusal that can reach a person is Chinese: zod's issues name the field the clerk knows (from
 * the format definition), SQLite's failures say what happened and that nothing is lost.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../shared/api';
import { emptyReport } from '../../../shared/report';
import { storageError } from '../../../electron/services/store/storage-errors';

/** zod's own English and the raw integer bound, as they reached the clerk before */
const LEAKS = /Too big|Too small|expected|Invalid|Unrecognized|characters|9007199254740991|[A-Za-z]{4,}:/;

const refuseEverything = new Proxy({}, { get: () => () => Promise.reject(new Error('not reached')) }) as Handlers;
const report = emptyReport({ organName: '某县人民政府', organKind: '人民政府', year: 2025 });

const CRAFTED: Array<[string, unknown, RegExp]> = [
  ['reports.create', { organId: 1, year: 1e20 }, /（年度）/],
  ['reports.create', { organId: 1, year: Number.MAX_SAFE_INTEGER + 2 }, /（年度）/],
  ['reports.create', { organId: 1, year: '2025' }, /（年度）：应为数字/],
  [
    'reports.save',
    { reportId: 1, report: { ...report, intro: 'x'.repeat(200_001) } },
    /（引言）：内容过长（最多 200,000 个字）/,
  ],
  ['reports.save', { reportId: 1, report: { ...report, year: 9e15 } }, /（年度）：数值过大/],
  ['reports.save', { reportId: 0, report }, /（报告编号）：应大于 0/],
  [
    'reports.save',
    {
      reportId: 1,
      report: {
        ...report,
        tables: { ...report.tables, T2: { ...report.tables.T2, licensing: { decisions: 'x'.repeat(65) } } },
      },
    },
    /（“第二十条第（五）项 行政许可”行“本年处理决定数量”列）：内容过长/,
  ],
  [
    'reports.save',
    {
      reportId: 1,
      report: {
        ...report,
        prose: { ...report.prose, overview: { ...report.prose.overview, active: 'x'.repeat(200_001) } },
      },
    },
    /一、总体情况（一）主动公开/,
  ],
  ['reports.save', { reportId: 1, report, extra: 1 }, /无法识别的字段/],
  [
    'import.parse',
    { fileName: 'a.txt', contentBase64: 'x'.repeat(70_000_001) },
    /（文件内容）：文件过大（最大约 52 MB）/,
  ],
  ['organs.save', { name: '某局', kind: 'x', region: '', rulesPower: false }, /（机关类型）：请选择机关类型/],
  ['backups.restore', { name: '' }, /（名称）：不能为空/],
];

describe('messages from crafted requests', () => {
  it.each(CRAFTED)('%s %# names the field in Chinese, without zod English', async (channel, args, expected) => {
    const envelope = await dispatch(refuseEverything, channel, args);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('INVALID_ARGS');
    expect(envelope.error.message).toMatch(expected);
    expect(envelope.error.message).not.toMatch(LEAKS);
  });

  it('a failure nobody foresaw is said in Chinese with a way forward', async () => {
    const envelope = await dispatch(
      { 'organs.list': () => Promise.reject(new TypeError('x is undefined')) } as unknown as Handlers,
      'organs.list',
      {},
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!envelope.ok) expect(envelope.error.message).toMatch(/^出现意外错误.*请重试.*重新启动/);
  });
});

describe('storage failures', () => {
  const failing = (code: string) => Object.assign(new Error('english text from SQLite'), { code });
  it.each([
    ['SQLITE_FULL', /磁盘空间已满.*没有丢失.*自动继续/],
    ['ENOSPC', /磁盘空间已满/],
    ['SQLITE_READONLY', /只能读取、不能写入/],
    ['SQLITE_READONLY_DBMOVED', /只能读取、不能写入/],
    ['EACCES', /只能读取、不能写入/],
    ['SQLITE_IOERR_WRITE', /磁盘出错/],
    ['SQLITE_IOERR_FSYNC', /磁盘出错/],
    ['SQLITE_CORRUPT', /损坏/],
    ['SQLITE_BUSY', /另一个程序/],
  ])('%s is a Chinese refusal', (code, expected) => {
    const mapped = storageError(failing(code));
    expect(mapped?.message).toMatch(expected);
    expect(mapped?.message).not.toMatch(/english/);
  });
  it('anything else stays a bug (INTERNAL), not a storage message', () => {
    expect(storageError(new TypeError('x'))).toBeNull();
  });
});
