/** Playwright global setup: builds the app when a source is newer than dist/ (npm test has just built it). */
import { spawnSync } from 'node:child_process';

export default function ensureBuilt(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('构建失败，无法运行端到端测试（node scripts/build.mjs）');
}
