/**
 * Child process of crash.test.ts: autosaves the same report in a tight loop and prints
 * "<revisionId> <counter>" after each save has returned, until it is killed.
 */
import { openStore } from '../../../electron/services/store';
import { emptyReport, setCell } from '../../../shared/report';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-child.ts <dir>');
const store = openStore({ dir });
const organ =
  (await store.listOrgans()).find((o) => o.name === '崩溃测试机关') ??
  (await store.saveOrgan({ name: '崩溃测试机关', kind: '政府部门', region: '', rulesPower: false }));
const existing = (await store.listReports({ organId: organ.id }))[0];
const reportId = existing ? existing.id : (await store.createReport(organ.id, 2025)).id;
let counter = Number(/autosave (\d+)/.exec((await store.openReport(reportId)).report.intro)?.[1] ?? 0);
const base = emptyReport({ organName: organ.name, organKind: organ.kind, year: 2025 });

for (;;) {
  counter++;
  const report = setCell(
    {
      ...base,
      intro: `autosave ${counter}`,
      prose: { ...base.prose, overview: { ...base.prose.overview, lead: 'x'.repeat(counter % 5000) } },
    },
    'T2.licensing.decisions',
    String(counter),
  );
  const saved = await store.saveReport(reportId, report);
  if (!saved.changed) throw new Error('a changed report was not saved');
  process.stdout.write(`${saved.revisionId} ${counter}\n`);
}
