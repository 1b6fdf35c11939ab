/** Files chosen in the page, sent to the main side in bounded batches (the contract's limits). */
import type { ResultOf } from '../../shared/api';
import { UNITS_UPLOAD_BATCH, UNITS_UPLOAD_MAX_CHARS } from '../../shared/api/channels';
import { isReportFileName, REPORT_FILE_KINDS_HINT } from '../../shared/import/formats';
import { call } from '../api';

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The path inside a chosen folder when there is one, else the file name. */
function displayName(file: File): string {
  return (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
}

export async function uploadUnits(
  files: readonly File[],
  onProgress: (sent: number, total: number) => void,
): Promise<{ result: ResultOf<'units.upload'>; skipped: number }> {
  const reports = files.filter((f) => isReportFileName(f.name));
  if (reports.length === 0) throw new Error(`所选文件中没有报告文件（支持 ${REPORT_FILE_KINDS_HINT}）`);
  let sessionId: string | null = null;
  let result: ResultOf<'units.upload'> | null = null;
  let batch: Array<{ fileName: string; contentBase64: string }> = [];
  let chars = 0;
  let sent = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    result = await call('units.upload', { sessionId, files: batch });
    sessionId = result.sessionId;
    sent += batch.length;
    onProgress(sent, reports.length);
    batch = [];
    chars = 0;
  };
  for (const file of reports) {
    const contentBase64 = toBase64(new Uint8Array(await file.arrayBuffer()));
    if (batch.length >= UNITS_UPLOAD_BATCH || chars + contentBase64.length > UNITS_UPLOAD_MAX_CHARS) await flush();
    batch.push({ fileName: displayName(file).slice(0, 260), contentBase64 });
    chars += contentBase64.length;
  }
  await flush();
  return { result: result!, skipped: files.length - reports.length };
}
