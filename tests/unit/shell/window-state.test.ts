import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clampToWorkAreas,
  loadWindowBounds,
  parseWindowBounds,
  saveWindowBounds,
} from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const right = { x: 1366, y: 0, width: 1920, height: 1040 };
const min = { width: 1024, height: 640 };

describe('window state clamping', () => {
  it('keeps bounds that already fit', () => {
    expect(clampToWorkAreas({ x: 50, y: 40, width: 1200, height: 680 }, [laptop], min)).toEqual({
      x: 50,
      y: 40,
      width: 1200,
      height: 680,
    });
  });

  it('brings back a window saved on a monitor that is gone', () => {
    const r = clampToWorkAreas({ x: 2000, y: 100, width: 1600, height: 900 }, [laptop], min);
    expect(r).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('moves a window hanging off the bottom-right edge inside', () => {
    const r = clampToWorkAreas({ x: 900, y: 500, width: 1100, height: 700 }, [laptop], min);
    expect(r).toEqual({ x: 266, y: 28, width: 1100, height: 700 });
  });

  it('stays on the second screen it mostly overlaps', () => {
    const r = clampToWorkAreas({ x: 1400, y: 50, width: 1200, height: 800 }, [laptop, right], min);
    expect(r).toEqual({ x: 1400, y: 50, width: 1200, height: 800 });
  });

  it('never restores below the minimum size, nor above the screen', () => {
    expect(clampToWorkAreas({ x: 0, y: 0, width: 300, height: 200 }, [laptop], min)).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 640,
    });
    expect(clampToWorkAreas({ width: 5000, height: 3000 }, [laptop], min)).toEqual({ width: 1366, height: 728 });
  });

  it('accepts only well-formed saved state', () => {
    expect(parseWindowBounds('{"x":1.4,"y":2,"width":1100.6,"height":700}')).toEqual({
      x: 1,
      y: 2,
      width: 1101,
      height: 700,
    });
    expect(parseWindowBounds('{"width":1100,"height":700}')).toEqual({ width: 1100, height: 700 });
    for (const bad of [
      '',
      'null',
      '[]',
      '{"width":"1","height":2}',
      '{"width":0,"height":700}',
      '{"width":1e999,"height":1}',
    ]) {
      expect(parseWindowBounds(bad)).toBeNull();
    }
  });
});

describe('window state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-window-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips and tolerates a missing or damaged file', () => {
    const file = join(dir, 'sub', 'window.json');
    expect(loadWindowBounds(file)).toBeNull();
    saveWindowBounds(file, { x: 3, y: 4, width: 1200, height: 700 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 3, y: 4, width: 1200, height: 700 });
    expect(loadWindowBounds(file)).toEqual({ x: 3, y: 4, width: 1200, height: 700 });
    writeFileSync(file, '{"x":');
    expect(loadWindowBounds(file)).toBeNull();
  });
});
