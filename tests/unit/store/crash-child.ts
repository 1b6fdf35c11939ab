/**
 * Child process of crash.test.ts, bundled to one file so it starts in a few dozen milliseconds: opens
 * the store (running the migrations when the folder holds an old file), creates a report, autosaves it,
 * takes a backup and restores it, over and over until it is killed. It announces each phase before
 * entering it ("phase <name>") and acknowledges each write after it returned ("ack <reportId> <sha256>"),
 * both as synchronous writes to a pipe, so the parent knows where a kill landed and what was promised.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, openStore } from '../../../electron/services/store';
import { SCHEMA_VERSION } from '../../../electron/services/store/migrations';
import { encodeReport } from '../../../electron/services/store/revision-body';
import { setCell, type Report } from '../../../shared/report';

const dir = process.argv[2] ?? '';
if (!dir) throw new Error('usage: crash-child <dir>');
const say = (line: string) => process.stdout.write(`${line}\n`);

function schemaVersionOnDisk(): number | null {
  const path = join(dir, DATABASE_FILE);
  if (!existsSync(path)) return null;
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const version = schemaVersionOnDisk();
  say(version !== null && version < SCHEMA_VERSION ? 'phase migration' : 'phase open');
  const store = openStore({ dir });
  if (store.recovery) {
    say(`recovery ${store.recovery.message}`);
    process.exit(3);
  }

  say('phase create');
  const organs = await store.listOrgans();
  const organ = await store.saveOrgan({
    name: `崩溃测试机关${organs.length + 1}`,
    kind: '政府部门',
    region: '',
    rulesPower: false,
  });
  const created = await store.createReport(organ.id, 2025);
  say(`ack ${created.id} ${encodeReport(created.report).hash}`);

  let report: Report = created.report;
  let counter = 0;
  for (;;) {
    say('phase save');
    const saves = 1 + Math.floor(Math.random() * 4);
    for (let i = 0; i < saves; i++) {
      counter++;
      report = setCell(
        { ...report, intro: `autosave ${counter}`, priorProblems: 'x'.repeat((counter * 37) % 3000) },
        'T2.licensing.decisions',
        String(counter),
      );
      const saved = await store.saveReport(created.id, report);
      if (!saved.changed) throw new Error('a changed report was not saved');
      say(`ack ${created.id} ${encodeReport(report).hash}`);
    }
    say('phase backup');
    const backup = counter % 2 === 0 ? await store.backup() : await store.backupNow();
    say('phase restore');
    // the backup just taken holds every acknowledged save, so restoring it must lose none of them
    await store.restoreBackup(backup.name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
