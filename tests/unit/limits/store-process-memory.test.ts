/**
 * The store process runs with a heap cap (memory.ts): an import that exhausts it ends the store process,
 * not its parent, and the caller is answered in Chinese. The cap is lowered for the test through the
 * test-only NIANBAO_STORE_HEAP_MB, so a page within every import limit (a 2 MB page of 480 000 nodes,
 * whose tree needs far more than 100 MB) exhausts it in a second.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceClient } from '../../../electron/services/process/client';
import {
  STOPPED_WHILE_READING_MESSAGE,
  STORE_HEAP_ENV,
  storeProcessExecArgv,
  STORE_PROCESS_HEAP_MB,
} from '../../../electron/services/process/memory';
import { startNodeService } from '../../../electron/services/process/node-process';
import { MAX_MARKUP_NODES } from '../../../shared/import/limits';
import { removeTempDirs, tempDir } from '../store/helpers';
import { pageOf } from './hostile-files';

const TEST_HEAP_MB = 100;
const clients: ServiceClient[] = [];
afterEach(async () => {
  delete process.env[STORE_HEAP_ENV];
  await Promise.all(clients.splice(0).map((c) => c.close()));
  removeTempDirs();
});

const ui = {
  choosePath: async () => null,
  printPdf: async () => new Uint8Array(),
};

describe('the store process memory cap', () => {
  it(`is ${STORE_PROCESS_HEAP_MB} MB, named once, lowered only by ${STORE_HEAP_ENV}`, () => {
    expect(storeProcessExecArgv({})).toEqual([`--max-old-space-size=${STORE_PROCESS_HEAP_MB}`]);
    expect(storeProcessExecArgv({ [STORE_HEAP_ENV]: '100' })).toEqual(['--max-old-space-size=100']);
    expect(storeProcessExecArgv({ [STORE_HEAP_ENV]: '1' })).toEqual([`--max-old-space-size=${STORE_PROCESS_HEAP_MB}`]);
  });

  it('an import that exhausts the heap ends the store process with a Chinese answer; the parent lives on, the next call works', async () => {
    process.env[STORE_HEAP_ENV] = String(TEST_HEAP_MB);
    const client = await startNodeService({ dataDir: tempDir(), version: '9.9.9', canPrint: false }, ui);
    clients.push(client);
    expect((await client.invoke('organs.list', {})).ok).toBe(true);

    const nodes = MAX_MARKUP_NODES - 20_000;
    const page = pageOf('<p>年</p>'.repeat(nodes / 2));
    const contentBase64 = Buffer.from(page, 'utf8').toString('base64');
    const answer = await client.invoke('import.parse', { fileName: '很大的网页.html', contentBase64 });
    expect(answer).toEqual({ ok: false, error: { code: 'PARSE_FAILED', message: STOPPED_WHILE_READING_MESSAGE } });

    // this process (the host's, the window's) is still here, and the next call is served (by the store
    // process the client restarted on the same database)
    expect(await client.invoke('organs.list', {})).toEqual({ ok: true, value: [] });
  });
});
