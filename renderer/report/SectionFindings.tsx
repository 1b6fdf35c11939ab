import { ruleDef, type SectionKey } from '../../shared/format';
import type { Finding } from '../../shared/rules';
import { useEditor } from './editor-context';
import { useLive } from './live-store';
import { cellSelector } from './paths';

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export function useJumpTo(): (f: Finding) => void {
  const { jump } = useEditor();
  return (f) => jump(f.section, f.cells[0] ? cellSelector(f.cells[0]) : undefined);
}

/** The findings of one section, under its table or text: each a button that focuses the cell. */
export function SectionFindings({ section }: { section: SectionKey | 'meta' }) {
  const { store } = useEditor();
  const jumpTo = useJumpTo();
  // a string snapshot: the list re-renders only when its findings change
  const snapshot = useLive(store, (s) =>
    JSON.stringify(s.findings.filter((f) => f.section === section && f.severity !== 'info').map((f) => [f.key, s.acknowledged.has(f.key)])),
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
