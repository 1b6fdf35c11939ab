import { parseCellId, ruleDef, SECTIONS, type SectionKey } from '../../shared/format';
import type { Report } from '../../shared/report';
import type { Finding } from '../../shared/rules';
import { useEditor } from './editor-context';
import { useLive } from './live-store';
import { cellSelector, fieldSelector, prosePath } from './paths';

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

/**
 * Where a finding takes the clerk: its first cell when that cell is shown in the finding's section;
 * otherwise (a prose finding, or a narrative figure checked against a table) the text field of that
 * section that holds the quoted words, or names the part, or is still empty.
 */
export function jumpTarget(f: Finding, report: Report): string | undefined {
  const cell = f.cells[0];
  const table = cell ? parseCellId(cell)?.table : undefined;
  if (cell && SECTIONS.some((s) => s.key === f.section && s.table === table)) return cellSelector(cell);
  if (f.section === 'meta') return undefined;
  const def = SECTIONS.find((s) => s.key === f.section);
  if (!def || def.parts.length === 0) return undefined;
  const texts = report.prose[def.key as keyof Report['prose']] as Record<string, string>;
  const quoted = [...f.message.matchAll(/“([^”]{4,})”/g)].map((m) => m[1]!);
  const part =
    def.parts.find((p) => quoted.some((q) => (texts[p.key] ?? '').includes(q))) ??
    def.parts.find((p) => f.message.includes(`“${p.title}”`)) ??
    def.parts.find((p) => (texts[p.key] ?? '').trim() === '');
  return part ? fieldSelector(prosePath(def.key as 'overview' | 'problems' | 'other', part.key)) : undefined;
}

export function useJumpTo(): (f: Finding) => void {
  const { jump, store } = useEditor();
  return (f) => jump(f.section, jumpTarget(f, store.get().report));
}

/** The findings of one section, under its table or text: each a button that focuses the cell. */
export function SectionFindings({ section }: { section: SectionKey | 'meta' }) {
  const { store } = useEditor();
  const jumpTo = useJumpTo();
  // a string snapshot: the list re-renders only when its findings change
  const snapshot = useLive(store, (s) =>
    JSON.stringify(
      s.findings
        .filter((f) => f.section === section && f.severity !== 'info')
        .map((f) => [f.key, s.acknowledged.has(f.key)]),
    ),
  );
  const keys = JSON.parse(snapshot) as Array<[string, boolean]>;
  if (keys.length === 0) return null;
  const findings = store.get().findings;
  return (
    <ul className="section-findings" aria-label="本部分的核对结果">
      {keys.map(([key, acknowledged]) => {
        const f = findings.find((x) => x.key === key);
        if (!f) return null;
        return (
          <li key={key} className={`finding ${f.severity}${acknowledged ? ' acknowledged' : ''}`}>
            <button type="button" className="link" onClick={() => jumpTo(f)} title={ruleDef(f.id).title}>
              <span className="badge">{acknowledged ? '已说明' : SEVERITY_LABEL[f.severity]}</span> {f.message}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
