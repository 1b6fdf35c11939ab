/**
 * Every handler of the contract, assembled once. The Electron main and the loopback test host both
 * call createHandlers and bind the result with dispatch(); only the transport-specific parts
 * (where an export is saved, how HTML becomes a PDF or goes to a printer) are injected.
 */
import type { Handlers } from '../../shared/api';
import { createExportHandlers, type ExportDeps } from './export/handlers';
import { createExportShellHandlers, type ShellDeps } from './export/shell-handlers';
import { createImportHandlers } from './import/handlers';
import { createHistoryHandlers } from './history-handlers';
import { createStatusHandlers } from './status-handlers';
import { createStoreHandlers } from './store/handlers';
import type { Store } from './store/types';
import { createUnitsHandlers, type UnitsDeps } from './units/handlers';

export interface HandlerDeps {
  store: Store;
  version: string;
  dataDir: string;
  /** where to write an export: a save dialog in Electron, <dataDir>/exports/ in the host; null = cancelled */
  choosePath: ExportDeps['choosePath'];
  /** print HTML to PDF bytes: printToPDF in Electron, Chromium's page.pdf in the host */
  printPdf: ExportDeps['printPdf'];
  /** send print HTML to a printer; absent in the browser, where the browser's own print is used */
  print?: ExportDeps['print'];
  /** 多单位核对: a native folder/files dialog (Electron only) */
  chooseUnitPaths?: UnitsDeps['chooseUnitPaths'];
  /** where the overview .xlsx goes: a save dialog in Electron, <dataDir>/exports/ in the host */
  chooseOverviewPath?: UnitsDeps['chooseOverviewPath'];
  /** shows a file selected in the system's file manager (Electron: shell.showItemInFolder); absent in the browser */
  showInFolder?: ShellDeps['showInFolder'];
  /** the page is a browser tab: a saved export is also handed to it as a download */
  browserDownloads?: boolean;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app.info': () => ({
      version: deps.version,
      dataDir: deps.dataDir,
      recovery: deps.store.recovery,
      exportsShell: { showInFolder: deps.showInFolder !== undefined, download: deps.browserDownloads === true },
    }),
    ...createExportShellHandlers({
      store: deps.store,
      showInFolder: deps.showInFolder,
      browserDownloads: deps.browserDownloads === true,
    }),
    ...createStoreHandlers(deps.store),
    ...createStatusHandlers(deps.store),
    ...createHistoryHandlers(deps.store),
    ...createImportHandlers(),
    ...createExportHandlers({
      store: deps.store,
      choosePath: deps.choosePath,
      printPdf: deps.printPdf,
      print: deps.print,
      appVersion: deps.version,
    }),
    ...createUnitsHandlers({
      store: deps.store,
      chooseUnitPaths: deps.chooseUnitPaths,
      chooseOverviewPath: deps.chooseOverviewPath,
    }),
  };
}
