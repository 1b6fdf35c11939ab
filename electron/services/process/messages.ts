/**
 * What travels between the process that serves the UI (Electron main, the loopback host) and the store
 * process. A call carries a channel of the contract and its raw arguments; the store process validates
 * them with the contract in dispatch() and answers with the same envelope the renderer receives. The
 * store process may ask back for the few things only the UI's side can do (a save dialog, printing).
 */
import type { Envelope, ErrorCode, ExportKind } from '../../../shared/api';

export interface ServiceConfig {
  dataDir: string;
  /** reported by app.info and written into report files */
  version: string;
  /** the Electron-ABI better-sqlite3 addon (the app passes its own; Node uses node_modules) */
  nativeBinding?: string;
  /** whether the UI's side can send HTML to a printer (Electron yes, the browser host no) */
  canPrint: boolean;
  /** whether the UI's side can show a file in the system's file manager (Electron yes, the browser host no) */
  canShowInFolder?: boolean;
  /** the UI is a browser tab: exports are also handed to it as downloads (the browser host) */
  browserDownloads?: boolean;
}

export interface ServiceInfo {
  dbPath: string;
  recovery: { movedTo: string; message: string } | null;
}

/** What the store process may ask the UI's side for. */
export type Ask =
  | { name: 'choosePath'; kind: ExportKind; suggestedFileName: string }
  | { name: 'printPdf'; html: string }
  | { name: 'print'; html: string }
  /** 多单位核对: where the overview workbook goes */
  | { name: 'chooseOverviewPath'; suggestedFileName: string }
  /** 多单位核对: a native folder or files dialog (Electron only) */
  | { name: 'chooseUnitPaths'; mode: 'folder' | 'files' }
  | { name: 'showInFolder'; path: string };

export type ToService =
  | { type: 'start'; config: ServiceConfig }
  | { type: 'call'; id: number; channel: string; args: unknown }
  | { type: 'answer'; id: number; ok: true; value: unknown }
  | { type: 'answer'; id: number; ok: false; code: ErrorCode; message: string }
  /** finish the calls in flight, close the database, exit (the parent waits for the exit) */
  | { type: 'stop' };

export type FromService =
  | { type: 'ready'; info: ServiceInfo }
  | { type: 'failed'; code: ErrorCode; message: string }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'ask'; id: number; ask: Ask };

/** One end of the channel between the two processes: Node's IPC or Electron's MessagePort. */
export interface Port<Out, In> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A light shape check: both ends are our own code, the arguments themselves are checked by dispatch(). */
export function isToService(value: unknown): value is ToService {
  return isObject(value) && ['start', 'call', 'answer', 'stop'].includes(value.type as string);
}

export function isFromService(value: unknown): value is FromService {
  return isObject(value) && ['ready', 'failed', 'result', 'ask'].includes(value.type as string);
}
