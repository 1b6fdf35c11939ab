import { useEditor } from './editor-context';
import { useLive } from './live-store';
import { PANES } from './panes';
import { paneStates, stateLabel, type PaneKey, type PaneState } from './section-state';

export { PANES } from './panes';

export function SideList({ current, onSelect }: { current: PaneKey; onSelect: (pane: PaneKey) => void }) {
  const { store } = useEditor();
  const snapshot = useLive(store, (s) => JSON.stringify(paneStates(s)));
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
