/**
 * A V8 code cache for the CLI's large CommonJS files (the bundle itself and the docx library): an
 * `export --docx` spends ~40 ms of its ~250 ms compiling 2.4 MB of JavaScript, most of it functions V8
 * compiles lazily while the command runs. Node 22 has this built in (module.enableCompileCache); Node 20,
 * our floor, does not, so on Node 20 the large files are compiled through vm.Script with `cachedData`, and
 * the cache is written after the command has run (createCachedData then holds every function compiled by
 * then, not only the top level). When the built-in exists, it is used instead.
 *
 * Safety: V8 checks a cache against its own version and flags (rejected caches are rewritten) but checks
 * the source only by length, so each entry is keyed by a hash of the file's content. The folder is the
 * user's own (created 0700, used only when owned by this user and not writable by others): a cache
 * written by someone else could run their code in our process. Any failure only costs the cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/** the user's cache folder, or null when it cannot be made safe */
export function compileCacheDir(base = process.env.NIANBAO_COMPILE_CACHE ?? tmpdir()): string | null {
  const uid = process.getuid?.();
  const dir = join(base, `nianbao-compile-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = statSync(dir);
    if (!stat.isDirectory()) return null;
    // POSIX: ours and closed to others (Windows' temp folder is the user's own, and has no uid)
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

interface Compilable {
  _compile(content: string, filename: string): unknown;
  require(id: string): unknown;
  exports: unknown;
}

interface ModuleStatics {
  wrap(content: string): string;
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _cache: Record<string, unknown>;
}

type Pending = { file: string; script: vm.Script };

/**
 * Installs the cache for the given CommonJS files, loaded from now on (call it before requiring them).
 * Only files that never call import() may be given: on Node 20 an import() in a script compiled from a
 * code cache finds no loader ("A dynamic import callback was not specified"). Returns what it did, for
 * the tests: 'builtin' (Node's own, for every file), 'vm' (ours) or 'off'.
 */
export function enableCompileCache(
  files: readonly string[],
  /** which command runs: each gets its own entries, holding the functions that command compiled */
  variant: string,
  dir = compileCacheDir(),
): 'builtin' | 'vm' | 'off' {
  if (!dir || process.env.NIANBAO_NO_COMPILE_CACHE === '1') return 'off';
  const builtin = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof builtin === 'function') {
    builtin(dir);
    return 'builtin';
  }
  const cached = new Set(files);
  const statics = Module as unknown as ModuleStatics;
  const proto = (Module as unknown as { prototype: Compilable }).prototype;
  const original = proto._compile;
  const pending: Pending[] = [];

  proto._compile = function compileCached(this: Compilable, content: string, filename: string) {
    if (!cached.has(filename)) return original.call(this, content, filename);
    const key = createHash('sha256')
      .update(`${process.version}\0${variant}\0${filename}\0`)
      .update(content)
      .digest('hex');
    const file = join(dir, `${key}.v8`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    // a #! line is not JavaScript: Node blanks it the same way before compiling
    const source = content.startsWith('#!') ? `//${content.slice(2)}` : content;
    const script = new vm.Script(statics.wrap(source), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) pending.push({ file, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Object.assign((id: string) => this.require(id), {
      resolve: (request: string, options?: unknown) => statics._resolveFilename(request, this, false, options),
      cache: statics._cache,
      main: (process as { mainModule?: unknown }).mainModule,
    });
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };

  // after the command: every function compiled so far goes into the cache
  process.once('exit', () => {
    for (const { file, script } of pending) {
      try {
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        renameSync(temp, file);
      } catch {
        // a full disk or a folder removed meanwhile: the next run compiles from source again
      }
    }
  });
  return 'vm';
}
