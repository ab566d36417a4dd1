// Lint for the whole repository: the recommended rules of ESLint and typescript-eslint, without
// type information (tsc already type-checks; this keeps lint fast), plus the import boundaries
// the design rests on: only the Electron host touches electron, and main/core stays pure.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { builtinModules } from 'node:module';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import noLiteralJsxText from './eslint-rules/no-literal-jsx-text.js';

const electronHost = ['main/electron/**', 'preload/index.ts', 'tests/main/electron/**'];

const electronImport = {
  name: 'electron',
  message:
    'Only the Electron host (main/electron/, preload/index.ts) imports electron: everything else must run in plain Node.',
};

const pureCoreMessage =
  'main/core is pure: no I/O, no timers, no Node or Electron APIs. Pass what you need in as data.';

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Plain JS files (bin/, scripts/) run in Node: its globals are the ones this process has.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: Object.fromEntries(Object.getOwnPropertyNames(globalThis).map((name) => [name, 'readonly'])),
    },
  },
  {
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport] }],
      // A leading underscore marks a name as deliberately unused (e.g. a property split off with `...rest`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    files: electronHost,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, ...builtinModules.map((name) => ({ name, message: pureCoreMessage }))],
          patterns: [{ group: ['node:*'], message: pureCoreMessage }],
        },
      ],
    },
  },
  {
    // Every word the window shows comes from the i18n catalogue, in English and Chinese.
    files: ['renderer/**/*.tsx'],
    plugins: { local: { rules: { 'no-literal-jsx-text': noLiteralJsxText } } },
    rules: { 'local/no-literal-jsx-text': 'error' },
  },
);
