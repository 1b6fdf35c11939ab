import { useEditor } from './editor-context';
import { useLive, type LiveState } from './live-store';
import { PANES } from './panes';
import { paneStates, stateLabel, type PaneKey, type PaneState } from './section-state';

export { PANES } from './panes';

/**
 * The side list's text, once per run of the rules: what it shows follows the checked report and its
 * open findings, which only the rules step changes (a keystroke's totals leave them as they were).
 */
const SNAPSHOTS = new WeakMap<LiveState['open'], { checked: LiveState['checked']; text: string }>();
function sideListSnapshot(s: LiveState): string {
  const seen = SNAPSHOTS.get(s.open);
  if (seen && seen.checked === s.checked) return seen.text;
  const text = JSON.stringify(paneStates(s));
  SNAPSHOTS.set(s.open, { checked: s.checked, text });
  return text;
}

export function SideList({ current, onSelect }: { current: PaneKey; onSelect: (pane: PaneKey) => void }) {
  const { store } = useEditor();
  const snapshot = useLive(store, sideListSnapshot);
  const states = JSON.parse(snapshot) as Record<PaneKey, PaneState>;
  return (
    <nav className="side-list" aria-label="报告各部分">
      <ol>
        {PANES.map((p) => {
          const label = stateLabel(states[p.key]);
          return (
            <li key={p.key}>
              <button
                type="button"
                className={p.key === current ? 'current' : undefined}
                aria-current={p.key === current ? 'page' : undefined}
                data-pane={p.key}
                onClick={() => onSelect(p.key)}
              >
                <span className="pane-title">{p.title}</span>
                <span className={`state ${label.tone}`} data-testid={`state-${p.key}`}>
                  {label.text}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
