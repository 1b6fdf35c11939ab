import type { SectionKey } from '../../shared/format';
import { FindingItem } from '../checks/FindingItem';
import { useFindingViews } from '../checks/findings-view';
import { useEditor } from './editor-context';

/** The findings of one section, under its table or text: each jumps to its field and can be acknowledged here. */
export function SectionFindings({ section }: { section: SectionKey | 'meta' }) {
  const { store } = useEditor();
  const findings = useFindingViews(store, { section });
  if (findings.length === 0) return null;
  return (
    <ul className="section-findings" aria-label="本部分的核对结果">
      {findings.map((f) => (
        <FindingItem key={f.key} finding={f} where="section" />
      ))}
    </ul>
  );
}
