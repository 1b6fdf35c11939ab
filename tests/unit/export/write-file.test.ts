import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { writeFailureMessage, writeFileAtomic } from '../../../electron/services/export/write-file';

const root = mkdtempSync(join(tmpdir(), 'nianbao-write-'));
afterAll(() => {
  chmodSync(root, 0o700);
  rmSync(root, { recursive: true, force: true });
});
let n = 0;
const freshDir = () => {
  const d = join(root, String(n++));
  mkdirSync(d);
  return d;
};

function thrown(fn: () => void): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

describe('writeFileAtomic', () => {
  it('replaces an existing file and leaves no temporary file behind', () => {
    const dir = freshDir();
    const target = join(dir, '年报.docx');
    writeFileSync(target, 'old');
    writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    writeFileAtomic(target, '第二次');
    expect(readFileSync(target, 'utf8')).toBe('第二次');
    expect(readdirSync(dir)).toEqual(['年报.docx']);
  });

  it('refuses a folder at the target path with a Chinese message and leaves it as it was', () => {
    const dir = freshDir();
    const target = join(dir, '年报.docx');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'keep');
    const error = thrown(() => writeFileAtomic(target, 'x'));
    expect(error.code).toBe('FILE_LOCKED');
    expect(error.message).toContain('年报.docx');
    expect(error.message).toContain('文件夹');
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(dir)).toEqual(['年报.docx']);
  });

  it('names a missing folder', () => {
    const error = thrown(() => writeFileAtomic(join(root, 'no-such-folder', 'a.pdf'), 'x'));
    expect(error.message).toContain('不存在');
  });

  // root ignores file permissions, so this runs only as an ordinary user (as the clerk does)
  it.skipIf(process.getuid?.() === 0)('keeps the existing file intact when the folder is read-only', () => {
    const dir = freshDir();
    const target = join(dir, 'a.docx');
    writeFileSync(target, 'old');
    chmodSync(dir, 0o500);
    try {
      const error = thrown(() => writeFileAtomic(target, 'new'));
      expect(error.message).toContain('Word、WPS');
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['a.docx']);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  // As root (CI, this sandbox) the same check runs as the unprivileged user nobody through runuser.
  const canDropPrivileges = process.getuid?.() === 0 && existsSync('/usr/sbin/runuser');
  it.skipIf(!canDropPrivileges)(
    'keeps the existing file intact when the folder is not writable (as an ordinary user)',
    () => {
      const dir = freshDir();
      const target = join(dir, 'a.docx');
      writeFileSync(target, 'old');
      chmodSync(root, 0o755);
      chmodSync(dir, 0o755); // owned by root: nobody may read but not write
      // The child is bundled into the temp folder and run by Node itself: the checkout may sit under a
      // folder that nobody cannot enter (a 0700 home), so nothing of it may be needed at run time.
      const child = join(root, 'write-child.cjs');
      buildSync({
        entryPoints: [join(process.cwd(), 'tests', 'unit', 'export', 'write-child.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile: child,
        logLevel: 'silent',
      });
      chmodSync(child, 0o644);
      const r = spawnSync('/usr/sbin/runuser', ['-u', 'nobody', '--', process.execPath, child, target], {
        encoding: 'utf8',
      });
      expect(r.stdout).toContain('无法写入“a.docx”');
      expect(r.stdout).toContain('Word、WPS');
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['a.docx']);
    },
  );

  it('explains a locked file (open in Word or WPS) for the codes Windows and macOS give', () => {
    for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
      const e = writeFailureMessage('C:\\报告\\年报.docx', Object.assign(new Error(code), { code }));
      expect(e.code).toBe('FILE_LOCKED');
      expect(e.message).toContain('Word、WPS');
      expect(e.message).toContain('原有文件未被改动');
    }
    expect(existsSync(root)).toBe(true);
  });
});
