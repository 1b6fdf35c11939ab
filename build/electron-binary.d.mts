export function findElectronBinary(root?: string): string | null;
export function electronAbi(root?: string): string;
export function electronVersion(root?: string): string;
export const ELECTRON_MISSING_REASON: string;
export function electronSqliteDir(root?: string): string;
export function electronSqliteAddon(root?: string): string;
