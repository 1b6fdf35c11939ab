/**
 * Which of many stacked blocks (the home page's organ cards) are near the viewport, so that a list of
 * 1,000 reports mounts only the few cards a clerk can see, plus one screen above and below. Heights
 * start as estimates and are replaced by each block's measured height once it has been rendered; the
 * blocks not rendered are stood in for by two spacers of their total height, so the scroll bar and
 * the page's length stay true. The block holding the keyboard focus is always kept rendered, so Tab
 * and a screen reader never lose their place when it scrolls out of view.
 *
 * The first render needs no layout: it takes the blocks the estimates put within the first screens, as
 * if the container began at the top of the viewport (the overscan screen covers what is above it), and
 * the browser paints them. Only after that first paint does the window read the container's position and
 * measure the blocks (each a forced layout), and correct the range and the spacers.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type FocusEvent, type RefObject } from 'react';

/** one screen's height above and below the viewport: Tab and fast scrolling land on rendered blocks */
const OVERSCAN_SCREENS = 1;

export interface BlockWindow {
  /** the first and one past the last block to render */
  first: number;
  end: number;
  /** heights of the blocks above `first` and below `end`, for the spacers */
  before: number;
  after: number;
  /** on the container: remembers the block that holds the focus */
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  /** the blocks have been measured (after the first paint): the spacers are true heights, no longer estimates */
  measured: boolean;
}

export const WINDOW_KEY_ATTRIBUTE = 'data-window-key';

function sameRange(a: { first: number; end: number }, b: { first: number; end: number }): boolean {
  return a.first === b.first && a.end === b.end;
}

/** the blocks within overscan of a viewport of `screen` px whose top is `top` px into the container */
function rangeAt(offsets: readonly number[], count: number, top: number, screen: number) {
  if (count === 0) return { first: 0, end: 0 };
  const from = top - screen * OVERSCAN_SCREENS;
  const to = from + screen * (1 + 2 * OVERSCAN_SCREENS);
  let first = 0;
  while (first < count - 1 && offsets[first + 1]! <= from) first++;
  let end = first;
  while (end < count && offsets[end]! < to) end++;
  return { first, end: Math.max(end, first + 1) };
}

/** `containerRef`: on the element that holds the blocks, each of which carries data-window-key. */
export function useBlockWindow(
  containerRef: RefObject<HTMLElement | null>,
  keys: readonly string[],
  estimate: (index: number) => number,
): BlockWindow {
  const [measured, setMeasured] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  /** a new width wraps the cards' text differently: measured again */
  const [width, setWidth] = useState(() => window.innerWidth);
  /** the first render has been painted: from now on the window reads the layout */
  const [painted, setPainted] = useState(false);

  // offsets[i]: the top of block i within the container; offsets[keys.length]: the total height
  const offsets = useMemo(() => {
    const tops = new Array<number>(keys.length + 1);
    tops[0] = 0;
    keys.forEach((key, i) => (tops[i + 1] = tops[i]! + (measured.get(key) ?? estimate(i))));
    return tops;
  }, [keys, estimate, measured]);

  // before the first paint: the container taken to begin at the viewport's top, no layout read
  const [range, setRange] = useState(() => rangeAt(offsets, keys.length, 0, window.innerHeight));

  const rangeFor = useCallback((): { first: number; end: number } => {
    const container = containerRef.current;
    if (!container) return { first: 0, end: 0 };
    return rangeAt(offsets, keys.length, -container.getBoundingClientRect().top, window.innerHeight);
  }, [containerRef, keys, offsets]);

  // after the frame that painted the first render (a frame, then a task after it)
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);

  useLayoutEffect(() => {
    const update = () =>
      setRange((current) => {
        const next = rangeFor();
        return sameRange(current, next) ? current : next;
      });
    if (painted) update();
    // capture: a scrolling ancestor other than the page also moves the blocks
    window.addEventListener('scroll', update, { capture: true, passive: true });
    const resized = () => {
      setWidth(window.innerWidth);
      update();
    };
    window.addEventListener('resize', resized);
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', resized);
    };
  }, [rangeFor, painted]);

  const focusedIndex = focusedKey === null ? -1 : keys.indexOf(focusedKey);
  const first = focusedIndex >= 0 ? Math.min(range.first, focusedIndex) : range.first;
  const end = Math.min(keys.length, focusedIndex >= 0 ? Math.max(range.end, focusedIndex + 1) : range.end);

  // measures what was rendered (when the blocks, their content or the width change); a changed height moves the blocks below it and is drawn again at once
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container || !painted) return;
    const found: Array<[string, number]> = [];
    for (const element of container.querySelectorAll<HTMLElement>(`[${WINDOW_KEY_ATTRIBUTE}]`))
      found.push([element.getAttribute(WINDOW_KEY_ATTRIBUTE)!, element.getBoundingClientRect().height]);
    setMeasured((known) => {
      if (found.every(([key, height]) => known.get(key) === height)) return known;
      const next = new Map(known);
      for (const [key, height] of found) next.set(key, height);
      return next;
    });
  }, [containerRef, first, end, keys, estimate, width, painted]);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const block = (event.target as HTMLElement).closest(`[${WINDOW_KEY_ATTRIBUTE}]`);
    setFocusedKey(block ? block.getAttribute(WINDOW_KEY_ATTRIBUTE) : null);
  }, []);

  return {
    first,
    end: Math.max(end, first),
    before: offsets[first] ?? 0,
    after: (offsets[keys.length] ?? 0) - (offsets[Math.max(end, first)] ?? 0),
    onFocus,
    measured: painted,
  };
}
