/**
 * The reference material beside the checkout (`../shared`, read-only): the format spec and a real
 * published report used as a fixture. CI lays it beside its fresh clone, so it is found relative to this
 * repository, never by an absolute path. NIANBAO_REFERENCE_DIR points elsewhere if needed.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

export const REFERENCE_DIR = process.env.NIANBAO_REFERENCE_DIR ?? resolve(REPO_ROOT, '..', 'shared');

/** 孟州市人民政府办公室2025年政府信息公开工作年度报告, as copied from its web page */
export const MENGZHOU_FIXTURE_PATH = resolve(REFERENCE_DIR, 'fixtures', 'mengzhou-2025.txt');
