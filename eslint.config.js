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
    rules: restrict([
      { group: nodeBuiltins, message: 'shared/ is pure: no Node modules.' },
      { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
      {
        group: ['**/electron/**', '**/renderer/**', '**/tests/**', 'react', 'react-dom', 'better-sqlite3', 'docx'],
        message: 'shared/ imports nothing outside itself.',
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
);
