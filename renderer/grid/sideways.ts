/**
 * Marks a table's scroller while the table is wider than it (data-sideways), so the row labels are made
 * sticky only when there is something to scroll sideways. A sticky cell can move against everything
 * else in the scroller, so Chromium gives each one painted after the focused input's caret a compositor
 * layer of its own: about 40 layers to update on every keystroke's frame, for labels that cannot move
 * when the whole table fits (as 表三 does in a 1366-pixel window).
 */
import { useEffect, type RefObject } from 'react';

export function useSidewaysMark(scroller: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const check = () => {
      const sideways = el.scrollWidth > el.clientWidth + 1;
      if (sideways !== el.hasAttribute('data-sideways')) el.toggleAttribute('data-sideways', sideways);
    };
    // the observer reports the first sizes after the next layout: no layout is forced here, in the
    // task that mounts the table
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [scroller]);
}
