/**
 * Remembers the window's size and position between runs. The clamping is pure so it is tested:
 * a window saved on a second monitor that is gone, or larger than today's screen, must come back
 * fully visible rather than off-screen.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Fits saved bounds onto the screens of today: shrunk to the work area it overlaps most (or the
 * primary one), moved inside it. Without a saved position the window is centred by Electron.
 */
export function clampToWorkAreas(
  saved: WindowBounds,
  workAreas: readonly Rect[],
  minimum: { width: number; height: number },
): WindowBounds {
  const primary = workAreas[0];
  if (!primary) return saved;
  const width0 = Math.max(saved.width, minimum.width);
  const height0 = Math.max(saved.height, minimum.height);
  if (saved.x === undefined || saved.y === undefined) {
    return { width: Math.min(width0, primary.width), height: Math.min(height0, primary.height) };
  }
  const wanted: Rect = { x: saved.x, y: saved.y, width: width0, height: height0 };
  let area = primary;
  let best = overlapArea(wanted, primary);
  for (const candidate of workAreas) {
    const overlap = overlapArea(wanted, candidate);
    if (overlap > best) {
      best = overlap;
      area = candidate;
    }
  }
  const width = Math.min(width0, area.width);
  const height = Math.min(height0, area.height);
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads saved bounds; anything missing or malformed means "no saved state", never a crash. */
export function parseWindowBounds(text: string): WindowBounds | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { x, y, width, height } = data as Record<string, unknown>;
  if (!isFiniteNumber(width) || !isFiniteNumber(height) || width <= 0 || height <= 0) return null;
  const bounds: WindowBounds = { width: Math.round(width), height: Math.round(height) };
  if (isFiniteNumber(x) && isFiniteNumber(y)) {
    bounds.x = Math.round(x);
    bounds.y = Math.round(y);
  }
  return bounds;
}

export function loadWindowBounds(file: string): WindowBounds | null {
  try {
    return parseWindowBounds(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function saveWindowBounds(file: string, bounds: Rect): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(bounds));
  renameSync(temp, file);
}
