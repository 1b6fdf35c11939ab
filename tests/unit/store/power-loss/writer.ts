/**
 * Child of power-loss.test.ts: opens the store, creates a report, saves it SAVES times and takes one
 * backup, appending "ack save" / "ack backup" to the sync log after each call returned. With
 * NIANBAO_TEST_SYNCHRONOUS set it overrides the connection's synchronous setting first: the test runs
 * that once with OFF to show the check catches the regression it exists for.
 */
import { appendFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { openStore } from '../../../../electron/services/store';
import { setCell } from '../../../../shared/report';

const SAVES = 12;
const [dir, log] = process.argv.slice(2) as [string, string];
const store = openStore({ dir });
const db = (store as unknown as { db: Database.Database }).db;
const override = process.env.NIANBAO_TEST_SYNCHRONOUS;
if (override) db.pragma(`synchronous = ${override}`);
appendFileSync(
  log,
  `pragma ${String(db.pragma('journal_mode', { simple: true }))} ${String(db.pragma('synchronous', { simple: true }))}\n`,
);
const organ = await store.saveOrgan({ name: '断电测试机关', kind: '政府部门', region: '', rulesPower: false });
const record = await store.createReport(organ.id, 2025);
appendFileSync(log, 'ack create\n');
for (let i = 1; i <= SAVES; i++) {
  await store.saveReport(record.id, setCell(record.report, 'T2.licensing.decisions', String(i)));
  appendFileSync(log, 'ack save\n');
}
await store.backupNow();
appendFileSync(log, 'ack backup\n');
store.close();
