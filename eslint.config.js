import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import purse from './eslint/boundaries.js';

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const electronImports = [
  {
    group: ['electron', 'electron/*'],
    message: 'Only src/main and src/preload may import electron.',
  },
];
// Bare built-in names (`fs`, `crypto`) are matched exactly, so a local `./crypto/` folder is fine.
const nodeImports = [
  {
    regex:
      '^(node:.*|fs|fs/promises|path|os|crypto|child_process|url|http|https|net|worker_threads)$',
    message: 'Node built-ins are for src/main only.',
  },
];
const ledgerImports = [
  {
    group: ['**/ledger', '**/ledger/*', '**/ledger/**'],
    message: 'The UI never opens the database: go through window.purse.',
  },
];
// A migration runs as it shipped: it copies what it needs instead of importing live code.
const frozenMigrationImports = [
  {
    regex: '^\\.\\./(?!\\.\\./shared/)',
    message:
      'A migration is frozen: it imports only dexie, src/shared and its siblings in migrations/, never the engine, blocks, table-slices or db. Copy what it needs as it is at its version.',
  },
];
const harnessImports = [
  {
    group: ['**/web-harness/**', '**/web-harness'],
    message: 'The dev:web harness must never ship in the app.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist-web',
      'test-results',
      'playwright-report',
      '.bench',
      '.tmp',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.es2023 },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([...electronImports, ...nodeImports, ...ledgerImports, ...harnessImports]),
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { purse },
    rules: {
      'purse/boundaries': 'error',
      // A function a newcomer can read in one go: split anything longer.
      'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/gateway/**/*.ts', 'src/shared/**/*.ts'],
    rules: restrict([...electronImports, ...nodeImports, ...harnessImports]),
  },
  {
    files: ['src/ledger/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([...electronImports, ...nodeImports, ...harnessImports]),
  },
  {
    files: ['src/ledger/migrations/**/*.ts'],
    rules: restrict([
      ...electronImports,
      ...nodeImports,
      ...harnessImports,
      ...frozenMigrationImports,
    ]),
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(harnessImports),
  },
  {
    files: ['src/web-harness/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([...electronImports, ...nodeImports]),
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
