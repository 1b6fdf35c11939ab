/**
 * SQLite's and the file system's failures in the clerk's words. A failed write has written nothing
 * (one transaction per write), and the renderer keeps the unsaved content and retries, so each message
 * says that nothing is lost and what to do for saving to resume.
 */
import { ApiError } from '../../../shared/api';

export const LOCKED_MESSAGE =
  '数据正在被另一个程序（另一个年报助手窗口或命令行）使用，请稍后再试；如一直如此，请关闭其他窗口或命令行程序后重试';

export function isLockedError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export const DISK_FULL_MESSAGE =
  '磁盘空间已满，这次修改暂未保存（已填写的内容没有丢失，仍保留在本窗口中）。请删除一些不需要的文件、腾出磁盘空间，保存会自动继续。';
export const READ_ONLY_MESSAGE =
  '数据文件或所在文件夹当前只能读取、不能写入（可能被设为只读，或所在的U盘、网络盘不允许写入），这次修改暂未保存（内容没有丢失）。请检查数据文件夹的权限后重试。';
export const IO_ERROR_MESSAGE =
  '读写数据文件时磁盘出错，这次操作没有完成（已保存的内容没有改动）。请检查磁盘或U盘是否已拔出、网络盘是否断开；如反复出现，请先在“备份”中确认有最近的备份。';
export const DAMAGED_FILE_MESSAGE =
  '数据文件有损坏的部分，这次操作没有完成。请关闭并重新打开年报助手：程序会检查文件，必要时保留原文件并引导您从备份恢复。';
export const NO_MEMORY_MESSAGE = '内存不足，这次操作没有完成。请关闭其他程序后重试。';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The ApiError for a storage failure, or null when the error is something else (a bug: INTERNAL). */
export function storageError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  const code = codeOf(error);
  if (isLockedError(error)) return new ApiError('FILE_LOCKED', LOCKED_MESSAGE);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return new ApiError('STORAGE', DISK_FULL_MESSAGE);
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_PERM' ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM'
  )
    return new ApiError('STORAGE', READ_ONLY_MESSAGE);
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'EIO')
    return new ApiError('STORAGE', IO_ERROR_MESSAGE);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new ApiError('STORAGE', DAMAGED_FILE_MESSAGE);
  if (code === 'SQLITE_NOMEM') return new ApiError('STORAGE', NO_MEMORY_MESSAGE);
  return null;
}

/** Runs `job`, turning a storage failure into its Chinese ApiError. */
export async function withStorageErrors<T>(job: () => Promise<T> | T): Promise<T> {
  try {
    return await job();
  } catch (error) {
    throw storageError(error) ?? error;
  }
}
