/**
 * The store process's memory cap, and what the caller is told when the process ends under a call. The
 * importers are bounded (shared/import/limits.ts), but a blow-up nobody foresaw must end that process, not
 * the app: with a cap, V8 stops the store process when its heap is full, the UI's side answers every call
 * in flight with a Chinese message, and the window stays up. Node only; Electron passes the same execArgv
 * to its utilityProcess.
 */
import type { Envelope } from '../../../shared/api';

/**
 * 1 GB: the largest import within the limits (a 50 MB PDF, a 32 MB Word body parsed into 500 000 nodes)
 * peaks at a few hundred MB, and a clerk's 4–8 GB office PC can give one process this much beside the
 * window without swapping. Node's own default (about half of physical memory) would let a runaway import
 * take the whole machine down with it.
 */
export const STORE_PROCESS_HEAP_MB = 1024;

/**
 * Tests only: a lower cap (in MB) so that a test can exhaust the store process's heap in a second, and
 * check what the caller is told. Values under 32 MB, where the process could not even start, are ignored.
 */
export const STORE_HEAP_ENV = 'NIANBAO_STORE_HEAP_MB';
const LOWEST_HEAP_MB = 32;

export function storeProcessHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env[STORE_HEAP_ENV]);
  return Number.isInteger(asked) && asked >= LOWEST_HEAP_MB ? asked : STORE_PROCESS_HEAP_MB;
}

/** The V8 flag that caps the store process's heap, for fork() and utilityProcess.fork() alike. */
export function storeProcessExecArgv(env: NodeJS.ProcessEnv = process.env): string[] {
  return [`--max-old-space-size=${storeProcessHeapMb(env)}`];
}

/** Calls that read a file the clerk chose: the likeliest reason for the process to end under one. */
const READS_A_FILE = new Set(['import.parse', 'units.upload', 'units.choose', 'units.unit']);

export const STOPPED_WHILE_READING_MESSAGE =
  '读取这个文件时后台数据服务意外停止（文件可能过大或结构过于复杂，超出了它的内存上限），文件未导入；已保存的内容不受影响。请在 Word 或 WPS 中将文件另存为 .docx 后重试，或复制报告文字粘贴到纯文本文件（.txt）中导入。';

/**
 * The answer to a call reading a file that the store process ended under (out of memory, killed,
 * crashed); null for other calls, which get the client's general message (restarted, or stopped).
 */
export function stoppedWhileReading(channel: string): Envelope<never> | null {
  if (!READS_A_FILE.has(channel)) return null;
  return { ok: false, error: { code: 'PARSE_FAILED', message: STOPPED_WHILE_READING_MESSAGE } };
}
