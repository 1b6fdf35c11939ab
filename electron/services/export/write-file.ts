/**
 * Writing an export without ever leaving a half-written file: the bytes go to a temporary file in the
 * target folder, are flushed to disk, then renamed over the target in one step. When the target cannot
 * be replaced (open in Word or WPS, read-only, a folder in the way) the old file stays as it was and
 * the clerk gets a Chinese message that says why.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../../shared/api';

function code(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

export function writeFailureMessage(target: string, error: unknown): ApiError {
  const name = basename(target);
  switch (code(error)) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
    case 'EROFS':
      return new ApiError(
        'FILE_LOCKED',
        `无法写入“${name}”：文件可能正在被 Word、WPS 等程序打开，或该位置没有写入权限。请关闭该文件或换一个保存位置后重试；原有文件未被改动。`,
      );
    case 'EISDIR':
    case 'ENOTEMPTY':
    case 'EEXIST':
      return new ApiError('FILE_LOCKED', `无法写入“${name}”：该位置已有一个同名文件夹。请换一个文件名或保存位置。`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new ApiError(
        'FILE_LOCKED',
        `无法写入“${name}”：保存位置“${dirname(target)}”不存在。请选择一个已有的文件夹。`,
      );
    case 'ENOSPC':
      return new ApiError('FILE_LOCKED', `无法写入“${name}”：磁盘空间不足。原有文件未被改动。`);
    default:
      return new ApiError(
        'FILE_LOCKED',
        `无法写入“${name}”：${error instanceof Error ? error.message : String(error)}。原有文件未被改动。`,
      );
  }
}

/** Writes data to target atomically; throws ApiError('FILE_LOCKED', …) with the reason in Chinese. */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw writeFailureMessage(target, error);
  }
}
