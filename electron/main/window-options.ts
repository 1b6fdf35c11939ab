/**
 * BrowserWindow options in one place, so the security settings are reviewed and tested together.
 * Only the type comes from electron: Node tests load this file.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

/** Fits a 1366×768 laptop screen with the taskbar, the commonest clerk's machine. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 720 } as const;
export const MIN_WINDOW_SIZE = { width: 1024, height: 640 } as const;
export const WINDOW_TITLE = '政府信息公开年报助手';

export function createWindowOptions(input: {
  preloadPath: string;
  bounds?: WindowBounds | null;
}): BrowserWindowConstructorOptions {
  const bounds = input.bounds ?? { ...DEFAULT_WINDOW_SIZE };
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

/** A hidden window that only renders print HTML for printToPDF and print(): no preload, no script. */
export function createPrintWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
    },
  };
}
