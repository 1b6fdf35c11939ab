import { describe, expect, it } from 'vitest';
import { createPrintWindowOptions, createWindowOptions, MIN_WINDOW_SIZE } from '../../../electron/main/window-options';

describe('main window options', () => {
  const options = createWindowOptions({ preloadPath: '/app/dist/preload/preload.cjs' });

  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    const prefs = options.webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/dist/preload/preload.cjs');
  });

  it('fits a 1366×768 screen by default and keeps a usable minimum', () => {
    expect(options.width).toBeLessThanOrEqual(1366);
    expect(options.height).toBeLessThanOrEqual(768 - 40);
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBeLessThanOrEqual(options.height!);
    expect(options.title).toBe('政府信息公开年报助手');
  });

  it('uses remembered bounds when given', () => {
    const restored = createWindowOptions({ preloadPath: 'p', bounds: { x: 10, y: 20, width: 1100, height: 700 } });
    expect([restored.x, restored.y, restored.width, restored.height]).toEqual([10, 20, 1100, 700]);
  });

  it('renders print HTML with scripts off and no preload', () => {
    const prefs = createPrintWindowOptions().webPreferences!;
    expect(prefs.javascript).toBe(false);
    expect(prefs.preload).toBeUndefined();
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
  });
});
