/** The SQLite store: open it with openStore; the handlers bind it to the IPC contract. */
export { openStore, FULL_HISTORY_DAYS, type StoreOptions } from './store';
export { defaultDataDir, DATA_DIR_ENV } from './data-dir';
export { DATABASE_FILE } from './connection';
export { BACKUPS_KEPT, BACKUP_FOLDER } from './backups';
export { SCHEMA_VERSION } from './migrations';
export { createStoreHandlers, type StoreHandlers } from './handlers';
export type { Store, OrganInput, BackupInfo } from './types';
