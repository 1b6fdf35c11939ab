import type { Page } from '@playwright/test';

export interface RenderCounts {
  /** renders of editable grid cells (props id, map, onPaste) */
  cells: number;
  /** renders of derived total cells (props id, colSpan, no map) */
  totals: number;
  other: number;
  commits: number;
  /** renders of finding list items (a finding and where, rendering an <li>), by finding key */
  findingItems: Record<string, number>;
}

/**
 * Counts which components React actually rendered, through the hook React offers developer tools
 * (__REACT_DEVTOOLS_GLOBAL_HOOK__): on each commit, a fiber that is not the object seen in the last
 * commit was worked on, and the PerformedWork flag (1) says it rendered rather than bailed out.
 * Must be installed before the app loads (it reloads the page).
 */
export async function installRenderCounter(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Fiber = {
      flags: number;
      type: unknown;
      memoizedProps: Record<string, unknown> | null;
      child: Fiber | null;
      sibling: Fiber | null;
    };
    const counts = { cells: 0, totals: 0, other: 0, commits: 0, findingItems: {} as Record<string, number> };
    let last = new WeakSet<Fiber>();
    Object.assign(window, {
      __renderCounts: counts,
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        checkDCE: () => {},
        onScheduleFiberRoot: () => {},
        onCommitFiberUnmount: () => {},
        onPostCommitFiberRoot: () => {},
        onCommitFiberRoot(_id: number, root: { current: Fiber }) {
          counts.commits++;
          const seen = new WeakSet<Fiber>();
          const walk = (start: Fiber | null) => {
            for (let f = start; f; f = f.sibling) {
              seen.add(f);
              if (!last.has(f) && (f.flags & 1) === 1 && typeof f.type !== 'string' && f.memoizedProps) {
                const p = f.memoizedProps;
                const finding = p.finding as { key?: string } | undefined;
                if (p.id && p.map && p.onPaste) counts.cells++;
                else if (p.id && p.colSpan !== undefined && !p.map) counts.totals++;
                else if (finding?.key && p.where && f.child?.type === 'li')
                  counts.findingItems[finding.key] = (counts.findingItems[finding.key] ?? 0) + 1;
                else counts.other++;
              }
              walk(f.child);
            }
          };
          walk(root.current.child);
          last = seen;
        },
      },
    });
  });
  await page.reload();
}

export async function resetRenderCounts(page: Page): Promise<void> {
  await page.evaluate(() =>
    Object.assign((window as unknown as { __renderCounts: RenderCounts }).__renderCounts, {
      cells: 0,
      totals: 0,
      other: 0,
      commits: 0,
      findingItems: {},
    }),
  );
}

export async function renderCounts(page: Page): Promise<RenderCounts> {
  return page.evaluate(() => {
    const counts = (window as unknown as { __renderCounts: RenderCounts }).__renderCounts;
    return { ...counts, findingItems: { ...counts.findingItems } };
  });
}
