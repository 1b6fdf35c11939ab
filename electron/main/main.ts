/**
 * The Electron shell: one sandboxed window on the app:// protocol, the contract bound to ipcMain and
 * passed on to the store process (a utilityProcess that owns the database, imports, exports and
 * backups), dialogs for export paths, printToPDF/print in a hidden script-less window kept ready. This process
 * never opens the database, so a locked file or a long import cannot freeze the window. Everything
 * testable lives in the modules it imports; this file only wires Electron to them and cannot run under Node.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNELS, MENU_COMMAND_CHANNEL, type Envelope, type ExportKind, type MenuCommand } from '../../shared/api';
import { connectService, type ServiceClient, type UiCapabilities } from '../services/process/client';
import { defaultDataDir } from '../services/store/data-dir';
import { createMenuTemplate } from './menu-template';
import { importReportFile, reportFilesInArgs } from './open-file';
import { APP_INDEX_URL, APP_SCHEME, handleAppRequest, isAppUrl } from './protocol';
import { forkStoreProcess } from './store-process';
import { createPrintWindowOptions, createWindowOptions, MIN_WINDOW_SIZE } from './window-options';
import { clampToWorkAreas, loadWindowBounds, saveWindowBounds } from './window-state';

const rendererDir = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, '..', 'preload', 'preload.cjs');

const SAVE_FILTERS: Record<ExportKind, { name: string; extensions: string[] }> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  pdf: { name: 'PDF 文件', extensions: ['pdf'] },
  html: { name: '网页', extensions: ['html'] },
  json: { name: '年报数据文件', extensions: ['json'] },
};

let mainWindow: BrowserWindow | null = null;
let service: ServiceClient | null = null;
/** report files opened from the desktop before the store was ready */
const pendingFiles: string[] = reportFilesInArgs(process.argv.slice(1));

/**
 * The Electron-ABI better-sqlite3 addon. Packaged: the one the packaging step put into resources/native
 * (checked against Electron's ABI there). Development: the one scripts/start.mjs built and checked. An
 * environment variable that loads a native addon is honoured only outside a packaged app.
 */
function sqliteBinding(): string | undefined {
  if (app.isPackaged) {
    const bundled = join(process.resourcesPath, 'native', 'better_sqlite3.node');
    return existsSync(bundled) ? bundled : undefined;
  }
  return process.env.NIANBAO_SQLITE_BINDING || undefined;
}

function windowStateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

/**
 * Print HTML is rendered in one hidden window with scripts off, created on the first PDF or print and
 * kept ready for the next (creating a window and its renderer process costs about as much as printing),
 * each job loading its own temporary file, removed after. Jobs take turns on the one window; it is
 * destroyed with the main window, so it never keeps the app open.
 */
let printWindow: BrowserWindow | null = null;
let printQueue: Promise<unknown> = Promise.resolve();

function readyPrintWindow(): BrowserWindow {
  if (printWindow && !printWindow.isDestroyed()) return printWindow;
  const window = new BrowserWindow(createPrintWindowOptions());
  window.on('closed', () => {
    if (printWindow === window) printWindow = null;
  });
  printWindow = window;
  return window;
}

function closePrintWindow(): void {
  if (printWindow && !printWindow.isDestroyed()) printWindow.destroy();
  printWindow = null;
}

function withPrintWindow<T>(html: string, job: (contents: WebContents) => Promise<T>): Promise<T> {
  const run = async () => {
    const dir = mkdtempSync(join(app.getPath('temp'), 'nianbao-print-'));
    const file = join(dir, 'print.html');
    writeFileSync(file, html);
    try {
      const window = readyPrintWindow();
      await window.loadFile(file);
      return await job(window.webContents);
    } catch (error) {
      // a window that failed a job is not trusted with the next one
      closePrintWindow();
      throw error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const result = printQueue.then(run);
  printQueue = result.catch(() => undefined);
  return result;
}

/** What the store process asks this process for: a save dialog, printing. */
function uiCapabilities(): UiCapabilities {
  return {
    choosePath: async (kind, suggestedFileName) => {
      const options = {
        title: '导出',
        defaultPath: join(app.getPath('documents'), suggestedFileName),
        filters: [SAVE_FILTERS[kind]],
      };
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseOverviewPath: async (suggestedFileName) => {
      const options = {
        title: '导出核对总览',
        defaultPath: join(app.getPath('documents'), suggestedFileName),
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      };
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseUnitPaths: async (mode) => {
      const options = {
        title: mode === 'folder' ? '选择存放各单位报告的文件夹' : '选择各单位的报告文件',
        properties:
          mode === 'folder'
            ? (['openDirectory', 'multiSelections'] as Array<'openDirectory' | 'multiSelections'>)
            : (['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>),
        filters:
          mode === 'files' ? [{ name: '年度报告', extensions: ['docx', 'html', 'htm', 'txt', 'json'] }] : undefined,
      };
      const result = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    showInFolder: (path) => shell.showItemInFolder(path),
    printPdf: (html) =>
      withPrintWindow(
        html,
        async (contents) =>
          new Uint8Array(await contents.printToPDF({ preferCSSPageSize: true, printBackground: true })),
      ),
    print: (html) =>
      withPrintWindow(
        html,
        (contents) =>
          new Promise<void>((resolve, reject) => {
            contents.print({ silent: false, printBackground: true }, (success, reason) => {
              if (success || reason === 'cancelled') resolve();
              else reject(new Error(`打印失败：${reason}`));
            });
          }),
      ),
  };
}

/** Only our own page in our own window may call the contract. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  return (
    mainWindow !== null &&
    event.sender === mainWindow.webContents &&
    !!event.senderFrame &&
    isAppUrl(event.senderFrame.url)
  );
}

/** Each call goes to the store process as it came; dispatch() there checks it against the contract. */
function bindContract(client: ServiceClient): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, raw: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event))
        return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的调用。' } };
      return client.invoke(channel, raw);
    });
  }
}

function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function createMainWindow(): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const primary = screen.getPrimaryDisplay().workArea;
  const saved = loadWindowBounds(windowStateFile());
  const bounds = saved ? clampToWorkAreas(saved, [primary, ...workAreas], MIN_WINDOW_SIZE) : null;
  const window = new BrowserWindow(createWindowOptions({ preloadPath, bounds }));
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      saveWindowBounds(windowStateFile(), window.getNormalBounds());
    } catch (error) {
      console.error('[main] 无法保存窗口位置：', error);
    }
  });
  window.on('closed', () => {
    mainWindow = null;
    // the hidden print window would otherwise keep the app running with no window to see
    closePrintWindow();
  });
  void window.loadURL(APP_INDEX_URL);
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function installMenu(dataDir: string): void {
  const template = createMenuTemplate({
    platform: process.platform,
    development: !app.isPackaged,
    send: sendMenuCommand,
    showAbout: () => {
      const options = {
        type: 'info' as const,
        title: '关于',
        message: `政府信息公开年报助手 ${app.getVersion()}`,
        detail: `数据文件夹：${dataDir}`,
      };
      void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function showMessage(options: Electron.MessageBoxOptions): Promise<number> {
  const result = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
  return result.response;
}

/** Imports report files opened from the desktop, asking before one replaces an existing report. */
async function openReportFiles(paths: readonly string[]): Promise<void> {
  if (!service) {
    pendingFiles.push(...paths);
    return;
  }
  const call = service.call;
  for (const path of paths) {
    let outcome = await importReportFile(call, path, false);
    if (outcome.kind === 'exists') {
      const choice = await showMessage({
        type: 'question',
        title: '报告已存在',
        message: outcome.message,
        detail: '替换后，原内容仍保留在历史版本中，可随时恢复。',
        buttons: ['替换', '取消'],
        defaultId: 1,
        cancelId: 1,
      });
      if (choice !== 0) continue;
      outcome = await importReportFile(call, path, true);
    }
    if (outcome.kind === 'import-dialog') {
      const choice = await showMessage({
        type: 'warning',
        title: '打开报告文件',
        message: outcome.message,
        buttons: ['去导入', '取消'],
        defaultId: 0,
        cancelId: 1,
      });
      // the home page holds the import panel: the clerk chooses the file there and sees the result first
      if (choice === 0) sendMenuCommand('open');
      continue;
    }
    await showMessage({
      type: outcome.kind === 'imported' ? 'info' : 'error',
      title: '打开报告文件',
      message: outcome.message,
    });
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = defaultDataDir();
  try {
    service = await connectService(
      // started again on the same database if it dies (client.ts: connectService)
      () => forkStoreProcess(join(__dirname, '..')),
      { dataDir, version: app.getVersion(), nativeBinding: sqliteBinding(), canPrint: true, canShowInFolder: true },
      uiCapabilities(),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hint = /NODE_MODULE_VERSION/.test(reason)
      ? '\n数据库组件不是为 Electron 编译的：开发时请用 npm start 启动，它会编译并校验 Electron 版 better-sqlite3。'
      : '';
    dialog.showErrorBox('无法打开数据文件', `数据文件夹：${dataDir}\n${reason}${hint}`);
    app.quit();
    return;
  }
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(rendererDir, request.url, request.method));
  bindContract(service);
  installMenu(dataDir);
  mainWindow = createMainWindow();
  if (pendingFiles.length > 0) {
    const files = pendingFiles.splice(0);
    mainWindow.webContents.once('did-finish-load', () => void openReportFiles(files));
  }
}

// Before ready: a standard, secure scheme gets a real origin for 'self' and fetch. codeCache: V8 keeps the
// compiled renderer scripts, as it does for http(s) (Electron enables it for custom schemes only when asked),
// so a start after the first does not parse and compile the first-screen script again.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenContents(contents));

if (!app.requestSingleInstanceLock()) {
  // Two instances writing one database would fight over it: the second one hands over and leaves.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    void openReportFiles(reportFilesInArgs(argv.slice(1)));
  });
  // macOS delivers opened files as events, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openReportFiles([path]);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!service) return;
    // the store process finishes a save in flight and closes the database before the app ends
    event.preventDefault();
    const closing = service;
    service = null;
    void closing.close().finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('启动失败', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
