/**
 * The `nianbao` command (dist/cli/nianbao.cjs): installs the code cache for the large files
 * (compile-cache.ts), then runs the command line itself, bundled to dist/cli/nianbao-main.cjs. Kept
 * apart so the bundle is compiled through the cache too.
 */
import { join } from 'node:path';
import { enableCompileCache } from './compile-cache';

// the two large files `export --docx` compiles, neither of which calls import(): the bundle is built with
// import() turned into require() (scripts/build.mjs), the docx library's CommonJS build has none. The
// cache holds what a run compiled: one per command, so `check` does not leave `export` a cache without its code.
const command = /^[a-z-]{1,20}$/.test(process.argv[2] ?? '') ? process.argv[2]! : 'other';
enableCompileCache([join(__dirname, 'nianbao-main.cjs'), require.resolve('docx')], command);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle beside this one, compiled through the cache
require('./nianbao-main.cjs');
