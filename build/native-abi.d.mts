export function addonAbi(file: string): number | null;
export function assertAddonAbi(file: string, wantedAbi: string | number, runtimeName: string): number;
