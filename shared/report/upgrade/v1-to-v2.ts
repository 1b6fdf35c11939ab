/**
 * Version 1 → 2: a report names the edition of the national format it follows. Every version-1 report
 * was written in the 2021 format (the only one version 1 knew), so it becomes `format: '2021'`; nothing
 * else changes.
 */
export function v1ToV2(report: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { schemaVersion: _version, ...rest } = report;
  return { schemaVersion: 2, format: '2021', ...rest };
}
