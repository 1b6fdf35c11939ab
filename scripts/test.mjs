// `npm test`: typecheck, lint, unit tests (vitest), build, end-to-end tests (Playwright in Chromium).
// Ends with one plain line "tests: N passed, M failed" summing both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const outDir = 'test-results';
mkdirSync(outDir, { recursive: true });
let passed = 0;
let failed = 0;
let broken = false;

function run(title, cmd, args, env = {}) {
  console.log(`\n━━ ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.log(`━━ ${title} failed (exit ${r.status ?? r.signal})`);
    broken = true;
  }
  return r.status === 0;
}

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('typecheck shared (pure)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.shared.json']);
run('typecheck renderer (DOM, no Node)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.web.json']);
run('typecheck main side (Node, no DOM)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);

const vitestJson = `${outDir}/vitest.json`;
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
}

const built = run('build', 'node', ['scripts/build.mjs']);
const pwJson = `${outDir}/playwright.json`;
if (built && existsSync('playwright.config.ts')) {
  run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
  }
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
