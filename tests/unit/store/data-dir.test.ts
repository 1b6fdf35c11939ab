import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/services/store';

describe('defaultDataDir', () => {
  it('prefers NIANBAO_DATA_DIR', async () => {
    expect(defaultDataDir({ NIANBAO_DATA_DIR: '/data/nb', APPDATA: 'C:\\x' }, 'win32')).toBe('/data/nb');
  });
  it('uses each platform’s user data folder', async () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\a\\AppData\\Roaming', 'nianbao'),
    );
    expect(defaultDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'nianbao'));
    expect(defaultDataDir({ XDG_DATA_HOME: '/xdg' }, 'linux')).toBe('/xdg/nianbao');
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.local', 'share', 'nianbao'));
  });
});
