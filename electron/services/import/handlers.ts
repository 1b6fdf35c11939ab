/** The IPC side of importing: the renderer sends the chosen file's bytes as base64. */
import type { Handlers } from '../../../shared/api';
import { parseImportBytes } from './index';

export function createImportHandlers(): Pick<Handlers, 'import.parse'> {
  return {
    'import.parse': async ({ fileName, contentBase64 }) => {
      const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'));
      return parseImportBytes(fileName, bytes);
    },
  };
}
