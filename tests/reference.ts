/**
 * The reference fixture: a real published report (孟州市人民政府办公室2025年政府信息公开工作年度报告, as
 * copied from its web page). The tests read the copy kept in this repository, so they pass from any
 * checkout location, with or without the read-only reference folder beside it (`../shared`); a unit test
 * checks that the copy still equals the reference where that folder exists.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/** the reference folder beside the checkout, when it is there (only compared against, never required) */
export const REFERENCE_DIR = process.env.NIANBAO_REFERENCE_DIR ?? resolve(REPO_ROOT, '..', 'shared');

export const MENGZHOU_FIXTURE_PATH = resolve(REPO_ROOT, 'tests', 'fixtures', 'import', 'mengzhou-2025.txt');
