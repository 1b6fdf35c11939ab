/**
 * Kills store processes at random moments (SIGKILL: no cleanup, no flush) spread over every phase of
 * their life: opening, migrating an old file, creating a report, autosaving, backing up and restoring
 * a backup. After every kill the file must pass integrity_check, every write the child acknowledged
 * must be in it (by content hash, and the current revision's body must decode to its hash), and the
 * next process must open it without recovery. The parent waits for `close` (all of the child's output
 * read), not `exit`, so no acknowledgement is missed.
 *
 * Speed: the child is bundled once with esbuild (plain `node`, no TypeScript loader), so a life costs
 * tens of milliseconds; several folders are worked on at once, one process per folder at a time.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/services/store';
import { reportSchema } from '../../../shared/report';

const KILLS = Number(process.env.CRASH_KILLS ?? 1000);
/**
 * Folders worked on at once, one child per folder at a time (so they never share a file). More than
 * the cores: a child spends most of its short life starting up, and the kills are what is counted.
 */
const FOLDERS = 12;
/** a folder starts afresh (no file at all) after this many lives, which bounds the work of verifying it */
const LIVES_PER_FOLDER = 40;
/** after the child announces the phase it is to be killed in, the kill comes within this many ms */
const KILL_WINDOW_MS: Record<Phase, number> = {
  open: 40,
  migration: 40,
  create: 15,
  save: 60,
  backup: 15,
  restore: 15,
};
const PHASES = ['open', 'migration', 'create', 'save', 'backup', 'restore'] as const;
type Phase = (typeof PHASES)[number];
const V1_FIXTURE = join(__dirname, '../../fixtures/db/v1.sqlite');

let work: string;
let child: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'nianbao-crash-'));
  child = join(work, 'crash-child.cjs');
  await build({
    entryPoints: [join(__dirname, 'crash-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    nodePaths: [join(__dirname, '../../../node_modules')],
    minify: true,
    logLevel: 'silent',
  });
}, 60_000);
// many small folders: removing them takes a while on a loaded machine
afterAll(() => rmSync(work, { recursive: true, force: true, maxRetries: 5 }), 120_000);

interface Life {
  acks: Array<{ reportId: number; hash: string }>;
  /** the last phase the child announced before it died */
  phase: Phase | 'none';
  killed: boolean;
  output: string;
}

/** One child life: killed `delay` ms after it announces `target`, or, if it never does, shortly after. */
function live(dir: string, target: Phase): Promise<Life> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(__dirname, '../../../node_modules') },
    });
    const life: Life = { acks: [], phase: 'none', killed: false, output: '' };
    let buffered = '';
    let armed = false;
    const kill = () => {
      if (life.killed) return;
      life.killed = true;
      proc.kill('SIGKILL');
    };
    const arm = (ms: number) => {
      if (armed) return;
      armed = true;
      setTimeout(kill, Math.random() * ms);
    };
    // every target is on the child's way (migration targets get a v1 file); this only ends a child stuck for long
    const fallback = setTimeout(() => arm(0), 60_000);
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'phase') {
          life.phase = a as Phase;
          if (a === target || (target === 'migration' && a === 'open')) arm(KILL_WINDOW_MS[target]);
        } else if (kind === 'ack') life.acks.push({ reportId: Number(a), hash: b! });
        else life.output += `${line}\n`;
      }
    });
    proc.stderr.on('data', (chunk) => (life.output += String(chunk)));
    proc.on('error', reject);
    proc.on('close', (_code, signal) => {
      clearTimeout(fallback);
      if (signal !== 'SIGKILL') reject(new Error(`the child ended on its own in phase ${life.phase}: ${life.output}`));
      else resolve(life);
    });
  });
}

const contentHash = (body: Buffer) =>
  createHash('sha256')
    .update(JSON.stringify(reportSchema.parse(JSON.parse(inflateRawSync(body).toString('utf8')))))
    .digest('hex');

/**
 * Every acknowledged write is in the file (by hash); the current revision of each report written in this
 * life decodes to its hash. (Reports of earlier lives were checked after their own kill and are only
 * looked up by hash again: decoding them all after every kill made the parent the bottleneck.)
 */
function verify(dir: string, acked: Map<number, Set<string>>, touched: ReadonlySet<number>): void {
  // read-write, as the next process opens it: a killed writer's WAL is recovered on open (read-only cannot)
  const db = new Database(join(dir, DATABASE_FILE));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const hasSchema = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'reports'").pluck().get() === 1;
    // killed before the first migration committed: an empty file, and nothing was acknowledged yet
    if (!hasSchema) return expect(acked.size).toBe(0);
    for (const [reportId, hashes] of acked) {
      const stored = new Set(
        db.prepare('SELECT hash FROM revisions WHERE report_id = ?').pluck().all(reportId) as string[],
      );
      for (const hash of hashes) expect(stored.has(hash), `acknowledged save ${hash} of report ${reportId}`).toBe(true);
    }
    const current = db.prepare(
      'SELECT v.hash, v.body FROM reports r JOIN revisions v ON v.id = r.revision_id WHERE r.id = ?',
    );
    for (const reportId of touched) {
      const row = current.get(reportId) as { hash: string; body: Buffer } | undefined;
      expect(row, `report ${reportId}`).toBeDefined();
      expect(contentHash(row!.body)).toBe(row!.hash);
    }
  } finally {
    db.close();
  }
}

async function folderWorker(index: number, kills: number, landed: Record<string, number>): Promise<number> {
  let done = 0;
  let dir = '';
  let acked = new Map<number, Set<string>>();
  for (let life = 0; done < kills; life++) {
    const target = PHASES[Math.floor(Math.random() * PHASES.length)]!;
    if (life % LIVES_PER_FOLDER === 0 || target === 'migration') {
      if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5 }); // checked after each of its kills
      dir = mkdtempSync(join(work, `f${index}-`));
      acked = new Map();
      // a file as the first schema left it: this life migrates it (and is killed while it does)
      if (target === 'migration') copyFileSync(V1_FIXTURE, join(dir, DATABASE_FILE));
    }
    const result = await live(dir, target);
    for (const { reportId, hash } of result.acks) {
      if (!acked.has(reportId)) acked.set(reportId, new Set());
      acked.get(reportId)!.add(hash);
    }
    landed[result.phase] = (landed[result.phase] ?? 0) + 1;
    if (existsSync(join(dir, DATABASE_FILE))) verify(dir, acked, new Set(result.acks.map((a) => a.reportId)));
    if (result.phase !== 'none') done++; // a kill during Node's own start touched no file: not counted
  }
  // the next open removes what killed backups left behind
  const last = await live(dir, 'save');
  expect(last.output).not.toMatch(/recovery/);
  const leftovers = new Set(
    readdirSync(join(dir, 'backups'))
      .filter((n) => /\.tmp(-journal)?$/.test(n))
      .map((n) => n.replace(/-journal$/, '')),
  );
  expect(leftovers.size).toBeLessThanOrEqual(1); // at most the one the last, killed child was writing
  return done;
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs over open, migration, create, save, backup and restore`, async () => {
    const landed: Record<string, number> = {};
    const started = Date.now();
    const counts = await Promise.all(
      Array.from({ length: FOLDERS }, (_, i) => folderWorker(i, Math.ceil(KILLS / FOLDERS), landed)),
    );
    const total = counts.reduce((a, b) => a + b, 0);
    console.log(
      `crash test: ${total} kills in ${((Date.now() - started) / 1000).toFixed(0)} s; killed while in phase: ${JSON.stringify(landed)}`,
    );
    expect(total).toBeGreaterThanOrEqual(KILLS);
    for (const phase of PHASES) expect(landed[phase] ?? 0, `kills in ${phase}`).toBeGreaterThan(KILLS / 100);
  }, 900_000);
});
