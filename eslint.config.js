// Lint enforces the architecture: who may import whom (docs/ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'stream',
  'zlib',
  'worker_threads',
];

/** What shared/ may not import: it runs everywhere (renderer, main, CLI, workers). */
const sharedIsPure = [
  { group: nodeBuiltins, message: 'shared/ is pure: no Node modules.' },
  { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
  {
    group: ['**/electron/**', '**/renderer/**', '**/tests/**', 'react', 'react-dom', 'better-sqlite3', 'docx'],
    message: 'shared/ imports nothing outside itself.',
  },
];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'tests/artifacts/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // shared/ is pure TypeScript: no Node, no Electron, no DOM, nothing outside itself.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(sharedIsPure),
  },
  {
    // The pure core below the contract (import, report, rules, document, format, …) never depends on the
    // transport: its failures and import outcomes live in shared/errors and shared/import/outcome.
    files: ['shared/**/*.ts'],
    ignores: ['shared/api/**'],
    languageOptions: { globals: {} },
    rules: restrict([
      ...sharedIsPure,
      {
        regex: '^(\\.\\./)+api(/|$)',
        message: 'Only shared/api knows the transport contract; import shared/errors or shared/import/outcome.',
      },
    ]),
  },
  {
    // The renderer talks to the outside only through window.nianbao.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        {
          group: ['**/electron/**', 'electron', 'better-sqlite3', 'docx'],
          message: 'renderer/ never imports electron/ or Node-only packages.',
        },
        { group: nodeBuiltins, message: 'renderer/ runs sandboxed: no Node modules.' },
      ]),
    },
  },
  {
    // Services run under Node (tests, CLI, test host) and Electron alike: never import electron.
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'tests/host/**/*.ts'],
    rules: restrict([
      // A regex, not the glob 'electron/*': the glob also matched relative paths such as
      // '../../electron/services/store', which tests/host must import.
      { regex: '^electron(/.*)?$', message: 'Only electron/main and electron/preload may import electron.' },
      { group: ['**/renderer/**'], message: 'The main side does not import the renderer.' },
    ]),
  },
  {
    // Services and the CLI are below the Electron shell: they never reach up into electron/main.
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict([
      { regex: '^electron(/.*)?$', message: 'Only electron/main and electron/preload may import electron.' },
      { group: ['**/renderer/**'], message: 'The main side does not import the renderer.' },
      {
        regex: '^(\\.\\./)+main(/|$)',
        message: 'Services and the CLI never import the Electron shell (electron/main).',
      },
    ]),
  },
  {
    // The preload is the bridge and nothing else: electron's contextBridge/ipcRenderer and the contract.
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      { group: nodeBuiltins, message: 'The preload runs sandboxed: no Node modules.' },
      { regex: '^\\.\\./(main|services|cli)(/|$)', message: 'The preload imports only electron and shared/api.' },
      {
        regex: '^(\\.\\./)+shared/(?!api(/|$))',
        message: 'The preload imports only electron and shared/api.',
      },
      {
        group: ['**/renderer/**', 'react', 'react-dom', 'better-sqlite3', 'docx'],
        message: 'The preload imports only electron and shared/api.',
      },
    ]),
  },
);
