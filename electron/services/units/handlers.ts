/**
 * The 多单位核对 page's channels: check uploaded or chosen files, show one unit, export the overview as
 * .xlsx, and store the 汇总 as a new draft. The checks run here, in the store process, never in the page
 * nor in the process serving the window; between two files the event loop serves other calls.
 */
import { aggregateReports, selectUnits } from '../../../shared/aggregate';
import { ApiError, type Handlers } from '../../../shared/api';
import { writeFileAtomic } from '../export/write-file';
import { parseImportBytes } from '../import';
import type { Store } from '../store/types';
import { checkedFrom, unexpectedFailure, type CheckedFile } from './check-file';
import { checkUnits } from './check-units';
import { collectUnitFiles, MAX_UNIT_FILE_BYTES } from './collect';
import { overviewXlsx } from './overview-xlsx';
import { UnitSessions, type UnitSession } from './sessions';

export interface UnitsDeps {
  store: Store;
  /** Electron: a native dialog for a folder or files; null = cancelled. Absent in the browser. */
  chooseUnitPaths?: (mode: 'folder' | 'files') => Promise<string[] | null>;
  /** where to save the overview workbook; null = cancelled; absent: no place to save it */
  chooseOverviewPath?: (suggestedFileName: string) => Promise<string | null>;
  today?: () => { year: number; month: number; day: number };
}

function localToday() {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Lets the event loop serve other calls (an autosave) between two files. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

async function checkBytes(
  fileName: string,
  bytes: Uint8Array,
  today: ReturnType<typeof localToday>,
): Promise<CheckedFile> {
  if (bytes.length === 0) return { ok: false, message: `文件“${fileName}”是空的` };
  if (bytes.length > MAX_UNIT_FILE_BYTES)
    return { ok: false, message: `文件过大（上限 ${MAX_UNIT_FILE_BYTES / 1024 / 1024} MB），不像是年度报告` };
  try {
    return checkedFrom(await parseImportBytes(fileName, bytes), { today });
  } catch (error) {
    return { ok: false, message: error instanceof ApiError ? error.message : unexpectedFailure(error) };
  }
}

export function createUnitsHandlers(
  deps: UnitsDeps,
): Pick<Handlers, 'units.upload' | 'units.choose' | 'units.unit' | 'units.exportOverview' | 'units.aggregate'> {
  const today = deps.today ?? localToday;
  const sessions = new UnitSessions(today);
  const overview = (session: UnitSession) => ({ sessionId: session.id, rows: session.units.map((u) => u.row) });

  return {
    'units.upload': async ({ sessionId, files }) => {
      const session = sessionId === null ? sessions.create() : sessions.get(sessionId);
      const entries = [];
      for (const file of files) {
        const bytes = new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
        entries.push({ display: file.fileName, result: await checkBytes(file.fileName, bytes, today()) });
        await breathe();
      }
      sessions.add(session, entries);
      return overview(session);
    },
    'units.choose': async ({ mode }) => {
      if (!deps.chooseUnitPaths)
        throw new ApiError('UNSUPPORTED', '浏览器中无法打开文件夹选择窗口，请点击“上传报告文件”选择文件（可多选）');
      const paths = await deps.chooseUnitPaths(mode);
      if (paths === null || paths.length === 0) throw new ApiError('CANCELLED', '已取消选择');
      const collected = await collectUnitFiles(paths);
      const session = sessions.create();
      const units = await checkUnits(collected, { today: today() });
      session.entries = [];
      session.units = units;
      return overview(session);
    },
    'units.unit': ({ sessionId, index }) => {
      const unit = sessions.get(sessionId).units[index];
      if (!unit) throw new ApiError('NOT_FOUND', '没有这个文件，请重新选择报告文件');
      if (!unit.report) throw new ApiError('PARSE_FAILED', unit.row.message ?? '此文件无法读取');
      return { row: unit.row, report: unit.report, prior: unit.prior };
    },
    'units.exportOverview': async ({ sessionId }) => {
      const rows = sessions.get(sessionId).units.map((u) => u.row);
      if (!deps.chooseOverviewPath) throw new ApiError('UNSUPPORTED', '此处不能保存核对总览。');
      const path = await deps.chooseOverviewPath('多单位核对总览.xlsx');
      if (path === null) throw new ApiError('CANCELLED', '已取消导出');
      const bytes = await overviewXlsx(rows);
      writeFileAtomic(path, bytes);
      return { path, bytes: bytes.length };
    },
    'units.aggregate': async ({ sessionId, organ, kind, year, includeErrors }) => {
      const selection = selectUnits(sessions.get(sessionId).units, {
        year,
        includeErrors,
        includeErrorsHint: '勾选“计入有错误的报告”',
      });
      if (selection.included.length === 0)
        throw new ApiError(
          'NOT_FOUND',
          `所选文件中没有可汇总的 ${year} 年报告（未计入的原因见列表），请检查年度或文件`,
        );
      const { report } = aggregateReports(
        selection.included.map((u) => ({ label: u.file, report: u.report })),
        { organ, kind, year },
      );
      // a new draft under the organ (created if new); an existing report of that organ and year is never
      // replaced (CONFLICT says so). The intro names the units, so the first revision records them.
      const record = await deps.store.importReport(report, 'draft', false);
      return {
        reportId: record.id,
        included: selection.included.map((u) => ({ file: u.file, organ: u.report.organ.name })),
        refused: selection.refused,
      };
    },
  };
}
