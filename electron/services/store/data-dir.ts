/** Where the store lives when nobody says otherwise. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'nianbao';
/** the database file in the data folder (here, not beside the connection code: the host names it without loading SQLite) */
export const DATABASE_FILE = 'nianbao.sqlite';
export const DATA_DIR_ENV = 'NIANBAO_DATA_DIR';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const override = env[DATA_DIR_ENV];
  if (override && override.trim() !== '') return override;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.trim() !== '' ? xdg : join(home, '.local', 'share'), APP_FOLDER);
}
