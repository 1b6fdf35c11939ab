/**
 * Kills an autosaving process at random moments (SIGKILL: no cleanup, no flush) and checks that every
 * save it acknowledged is in the file, the file passes integrity_check, and the store opens without
 * needing recovery. The child runs as `node --import tsx`, one process, so the kill hits the writer
 * itself (the tsx CLI would put a relay process in between).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/services/store';
import { integrity, openIn, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

const CHILD = join(__dirname, 'crash-child.ts');
const WORKERS = 4;
const ROUNDS_PER_WORKER = 5;
/** after the first acknowledged save, the kill comes somewhere in this window */
const MAX_KILL_DELAY_MS = 250;

interface Ack {
  revisionId: number;
  counter: number;
}

function runUntilKilled(dir: string): Promise<Ack | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let last: Ack | null = null;
    let errors = '';
    let armed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [revisionId, counter] = line.split(' ').map(Number);
        last = { revisionId: revisionId!, counter: counter! };
      }
      if (last && !armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * MAX_KILL_DELAY_MS);
      }
    });
    child.stderr.on('data', (chunk) => (errors += String(chunk)));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the child ended on its own: ${errors}`));
      else resolve(last);
    });
  });
}

async function worker(): Promise<number> {
  const dir = tempDir('crash');
  let checked = 0;
  for (let round = 0; round < ROUNDS_PER_WORKER; round++) {
    const ack = await runUntilKilled(dir);
    expect(ack).not.toBeNull();
    expect(integrity(join(dir, DATABASE_FILE))).toBe('ok');

    const store = openIn(dir);
    expect(store.recovery).toBeNull();
    const [summary] = await store.listReports();
    const record = await store.openReport(summary!.id);
    // saves after the last acknowledged one may have committed before the kill; one revision per save
    expect(record.revisionId).toBeGreaterThanOrEqual(ack!.revisionId);
    const counter = ack!.counter + (record.revisionId - ack!.revisionId);
    expect(record.report.intro).toBe(`autosave ${counter}`);
    expect(record.report.tables.T2['licensing']!['decisions']).toBe(String(counter));
    expect((await store.history(record.id)).map((r) => r.id)).toContain(ack!.revisionId);
    store.close();
    checked++;
  }
  return checked;
}

describe('crash safety', () => {
  it('keeps every acknowledged autosave through SIGKILL, many times over', async () => {
    const counts = await Promise.all(Array.from({ length: WORKERS }, () => worker()));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(WORKERS * ROUNDS_PER_WORKER);
  }, 60_000);
});
