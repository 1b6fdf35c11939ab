/**
 * What happens to an export once it is saved: in the browser it is also handed to the page as a
 * download (the clerk cannot reach the host's export folder by hand); in Electron it can be shown in
 * its folder. Both work from the export log, never from a path the page sends.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError, type ExportKind, type ExportLogEntry, type Handlers } from '../../../shared/api';
import type { Store } from '../store/types';

/** An export larger than this is not sent through the page (a report's files are a few MB at most). */
export const MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024;

export const MIME_TYPES: Record<ExportKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
  json: 'application/json',
};

export interface ShellDeps {
  store: Store;
  showInFolder: ((path: string) => Promise<void> | void) | undefined;
  browserDownloads: boolean;
}

async function entryOf(store: Store, reportId: number, exportId: number): Promise<ExportLogEntry> {
  const entry = (await store.listExports(reportId)).find((e) => e.id === exportId);
  if (!entry) throw new ApiError('NOT_FOUND', '找不到这次导出的记录，请重新导出');
  return entry;
}

function missing(path: string): ApiError {
  return new ApiError('NOT_FOUND', `导出的文件已不在原处（${path}），可能已被移动或删除；请重新导出`);
}

export function createExportShellHandlers(deps: ShellDeps): Pick<Handlers, 'export.download' | 'export.showInFolder'> {
  return {
    'export.download': async ({ reportId, exportId }) => {
      if (!deps.browserDownloads)
        throw new ApiError('UNSUPPORTED', '桌面程序中导出时已选择保存位置，无需再下载；可点“在文件夹中显示”');
      const entry = await entryOf(deps.store, reportId, exportId);
      let size: number;
      try {
        size = statSync(entry.path).size;
      } catch {
        throw missing(entry.path);
      }
      if (size > MAX_DOWNLOAD_BYTES)
        throw new ApiError('UNSUPPORTED', `文件过大，无法通过浏览器下载；它已保存在：${entry.path}`);
      const bytes = readFileSync(entry.path);
      // a file changed since it was exported is not what the log says it is: say so rather than hand it over
      if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256)
        throw new ApiError('CONFLICT', `文件在导出后已被修改（${entry.path}），请重新导出`);
      return {
        fileName: basename(entry.path),
        mimeType: MIME_TYPES[entry.kind],
        contentBase64: bytes.toString('base64'),
      };
    },
    'export.showInFolder': async ({ reportId, exportId }) => {
      if (!deps.showInFolder)
        throw new ApiError('UNSUPPORTED', '浏览器中无法打开文件夹；文件已保存在导出记录所列的位置，也可以再次下载');
      const entry = await entryOf(deps.store, reportId, exportId);
      try {
        statSync(entry.path);
      } catch {
        throw missing(entry.path);
      }
      await deps.showInFolder(entry.path);
      return {};
    },
  };
}
