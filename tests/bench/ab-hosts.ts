/**
 * Two builds side by side for a same-run A/B (keys-ab.ts, report-open-ab.ts): this checkout's and another
 * build's root, each with a loopback host of its own on a temp data folder holding the same report.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../../electron/services/store';
import type { Report } from '../../shared/report/schema';
import { spawnHost, type SpawnedHost } from '../host/spawn';
import { PROJECT_ROOT } from './browser';

export type Build = 'this' | 'other';

export interface AbHosts {
  hosts: Record<Build, { host: SpawnedHost; id: number }>;
  /** the hosts closed and their data folders removed */
  close(): Promise<void>;
}

export async function startAbHosts(report: Report, otherRoot: string, tempPrefix: string): Promise<AbHosts> {
  const dataDirs: string[] = [];
  const started: Partial<AbHosts['hosts']> = {};
  const close = async () => {
    for (const { host } of Object.values(started)) await host.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const [name, root] of [
      ['this', PROJECT_ROOT],
      ['other', resolve(otherRoot)],
    ] as const) {
      const dataDir = mkdtempSync(join(tmpdir(), tempPrefix));
      dataDirs.push(dataDir);
      const store = openStore({ dir: dataDir });
      const id = (await store.importReport(report, 'draft', false)).id;
      store.close();
      started[name] = { host: await spawnHost({ dataDir, projectRoot: root }), id };
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { hosts: started as AbHosts['hosts'], close };
}
