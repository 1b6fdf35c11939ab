/**
 * Every handler of the contract, assembled once. The Electron main and the loopback test host both
 * call createHandlers and bind the result with dispatch(); only the transport-specific parts
 * (where an export is saved, how HTML becomes a PDF or goes to a printer) are injected.
 */
import { ApiError, type Handlers } from '../../shared/api';
import type { ExportKind } from '../../shared/api';
import { createStoreHandlers } from './store/handlers';
import type { Store } from './store/types';

export interface HandlerDeps {
  store: Store;
  version: string;
  dataDir: string;
  /** where to write an export: a save dialog in Electron, <dataDir>/exports/ in the host; null = cancelled */
  choosePath: (kind: ExportKind, suggestedFileName: string) => Promise<string | null>;
  /** print HTML to PDF bytes: printToPDF in Electron, Chromium's page.pdf in the host */
  printPdf: (html: string) => Promise<Uint8Array>;
  /** send print HTML to a printer; absent in the browser, where the browser's own print is used */
  print?: (html: string) => Promise<void>;
}

function notYet(name: string): never {
  throw new ApiError('UNSUPPORTED', `该功能尚未接入：${name}`);
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app.info': () => ({ version: deps.version, dataDir: deps.dataDir, recovery: deps.store.recovery }),
    ...createStoreHandlers(deps.store),
    'import.parse': () => notYet('import.parse'),
    'export.file': () => notYet('export.file'),
    'export.print': () => notYet('export.print'),
  };
}
