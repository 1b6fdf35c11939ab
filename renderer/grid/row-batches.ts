/**
 * How many body rows of a table to render: about a screenful in the first commit, the rest in batches,
 * each in its own task (a transition started from a timer). Creating all of 表三's DOM at once was one
 * task of about 100 ms at 4× CPU throttle, plus its first layout, in which a keystroke had to wait.
 */
import { startTransition, useEffect, useState } from 'react';

/** about the rows a 768-pixel-high window shows of 表三 */
export const FIRST_ROWS = 12;
export const ROWS_PER_BATCH = 10;

export function useRowsInBatches(total: number): number {
  const [shown, setShown] = useState(() => Math.min(total, FIRST_ROWS));
  useEffect(() => {
    if (shown >= total) return undefined;
    const timer = setTimeout(() => startTransition(() => setShown((n) => Math.min(total, n + ROWS_PER_BATCH))), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}
