/** The overview as a console table: columns padded by display width (a CJK character takes two). */
import { OVERVIEW_COLUMNS, overviewTotals, UNIT_STATUS_LABEL, type OverviewRow } from '../../../shared/units';

const CONSOLE_KEYS = ['file', 'organ', 'kind', 'year', 'status', 'errors', 'warnings', 'findingIds', 'importNotes'];
const CONSOLE_COLUMNS = OVERVIEW_COLUMNS.filter((c) => CONSOLE_KEYS.includes(c.key));
const NUMERIC = new Set(['year', 'errors', 'warnings', 'importNotes']);

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ||
      ch.codePointAt(0)! > 0xffff
        ? 2
        : 1;
  return w;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

export function overviewTable(rows: readonly OverviewRow[]): string {
  const cells = rows.map((r) => CONSOLE_COLUMNS.map((c) => String(c.value(r))));
  const widths = CONSOLE_COLUMNS.map((c, i) =>
    Math.max(displayWidth(c.label), ...cells.map((row) => displayWidth(row[i]!))),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => pad(v, widths[i]!, NUMERIC.has(CONSOLE_COLUMNS[i]!.key)))
      .join('  ')
      .trimEnd();
  const out = [line(CONSOLE_COLUMNS.map((c) => c.label)), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));

  const unreadable = rows.filter((r) => r.status === 'unreadable');
  if (unreadable.length > 0) {
    out.push('', `${UNIT_STATUS_LABEL.unreadable}的文件：`);
    for (const r of unreadable) out.push(`  ${r.file}：${r.message ?? ''}`);
  }
  out.push('', overviewSummary(rows));
  return `${out.join('\n')}\n`;
}

export function overviewSummary(rows: readonly OverviewRow[]): string {
  const t = overviewTotals(rows);
  return `共 ${t.files} 个文件：${UNIT_STATUS_LABEL.ok} ${t.ok} 个，${UNIT_STATUS_LABEL.errors} ${t.errors} 个，${UNIT_STATUS_LABEL.unreadable} ${t.unreadable} 个；与上年度报告配对核对 ${t.paired} 个。`;
}
