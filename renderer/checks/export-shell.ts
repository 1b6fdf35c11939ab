/**
 * After an export is saved: in a browser tab it is also handed to the browser as a download (the clerk
 * cannot reach the host's export folder otherwise); in Electron it can be shown in its folder. Which of
 * the two the shell offers comes from app.info, asked once.
 */
import { useEffect, useState } from 'react';
import type { ResultOf } from '../../shared/api';
import { call } from '../api';

export type ExportsShell = ResultOf<'app.info'>['exportsShell'];

let asked: Promise<ExportsShell> | null = null;

export function exportsShell(): Promise<ExportsShell> {
  asked ??= call('app.info', {})
    .then((info) => info.exportsShell)
    .catch(() => ({ showInFolder: false, download: false }));
  return asked;
}

export function useExportsShell(): ExportsShell | null {
  const [shell, setShell] = useState<ExportsShell | null>(null);
  useEffect(() => {
    let live = true;
    void exportsShell().then((s) => live && setShell(s));
    return () => {
      live = false;
    };
  }, []);
  return shell;
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Hands a logged export to the browser as a download under its own file name. */
export async function downloadExport(reportId: number, exportId: number): Promise<string> {
  const file = await call('export.download', { reportId, exportId });
  const url = URL.createObjectURL(new Blob([bytesOf(file.contentBase64)], { type: file.mimeType }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // the browser has taken the data once the click is handled
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return file.fileName;
}

export async function showExportInFolder(reportId: number, exportId: number): Promise<void> {
  await call('export.showInFolder', { reportId, exportId });
}
