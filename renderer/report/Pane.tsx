/** The pane shown beside the side list. */
import { SECTIONS } from '../../shared/format';
import { ChecksPane } from '../checks/ChecksPane';
import { TableGrid } from '../grid/TableGrid';
import { MetaSection } from './MetaSection';
import { ProseSection } from './ProseSection';
import type { PaneKey } from './section-state';

export function Pane({ pane, ...checks }: { pane: PaneKey } & Parameters<typeof ChecksPane>[0]) {
  if (pane === 'meta') return <MetaSection />;
  if (pane === 'checks') return <ChecksPane {...checks} />;
  const def = SECTIONS.find((s) => s.key === pane)!;
  if (def.table) {
    return (
      <section className="pane table-section" aria-labelledby={`heading-${def.key}`}>
        <h2 id={`heading-${def.key}`} tabIndex={-1}>
          {def.heading}
        </h2>
        <TableGrid table={def.table} section={def.key} />
      </section>
    );
  }
  return <ProseSection def={def} />;
}
