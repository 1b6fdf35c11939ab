export const FUSE_NAMES: string[];
export function readFuses(executable: string): Record<string, boolean> | null;
export function runPackageSmoke(outDir?: string): {
  outDir: string;
  unpacked: string;
  files: string[];
  packageJson: { main?: string; devDependencies?: unknown; scripts?: unknown };
  unpackedFiles: string[];
  executable: string;
  fuses: Record<string, boolean> | null;
  log: string;
};
