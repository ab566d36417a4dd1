// Lint for the whole repository: the recommended rules of ESLint and typescript-eslint, without
// type information (tsc already type-checks; this keeps lint fast), plus the layers the design
// rests on (README, "How it is built"): who may import whom, which packages each layer may use,
// no import cycles. tests/lint proves that each of these rules fires.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import noLiteralJsxText from './eslint-rules/no-literal-jsx-text.js';

const root = import.meta.dirname;

// ---- Packages each layer may use (ESLint's no-restricted-imports) ----

const electronHost = ['main/electron/**', 'preload/index.ts', 'tests/main/electron/**'];
const serverHost = ['main/node/**'];

const electronImport = {
  name: 'electron',
  message:
    'Only the Electron host (main/electron/, preload/index.ts) imports electron: everything else must run in plain Node.',
};
const serverMessage = 'Only the Node host (main/node/) starts servers: a server elsewhere is a port nobody guards.';
const serverImports = ['node:http', 'node:https', 'node:net', 'http', 'https', 'net', 'ws'].map((name) => ({
  name,
  message: serverMessage,
}));
const nodeBuiltins = (message) => [
  ...builtinModules.map((name) => ({ name, message })),
  ...builtinModules.map((name) => ({ name: `node:${name}`, message })),
];

/** Every bare (package) import except these: how a pure layer names the few packages it may use. */
const onlyPackages = (allowed, message) => ({
  regex: `^(?!\\.|${allowed.map((name) => `${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).join('|')})`,
  message,
});

const pureCoreMessage =
  "main/core is pure: no I/O, no timers, no Node or Electron APIs; it imports only main/core and zod/mini. The window bundles core: classic 'zod' would weigh it down.";
const contractMessage =
  "preload/contract.ts imports only main/core and zod/mini, so the renderer bundle carries nothing else of main and no classic 'zod'.";
const rendererMessage = 'The renderer runs in a sandboxed page: no Node APIs, no electron, no servers.';
// The window's schemas are zod/mini's; classic zod (the same checks) is about 15 KB more, gzipped.
const classicZodMessage =
  "The window's bundle validates with zod/mini: import from 'zod/mini', classic 'zod' would weigh it down.";
const classicZodImports = ['zod', 'zod/v4', 'zod/v3'].map((name) => ({ name, message: classicZodMessage }));

// ---- Who may import whom (import-x/no-restricted-paths) ----

const hosts = ['main/electron', 'main/node'];
const belowHosts = ['main/compose', 'main/app', 'main/sources', 'main/adapters'];
const notProduction = ['tests', 'bench', 'scripts'];
const sourceFolders = readdirSync(path.join(root, 'main/sources'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const zones = [
  {
    target: 'main/core',
    from: [
      'main/app',
      'main/sources',
      'main/adapters',
      'main/compose',
      ...hosts,
      'preload',
      'renderer',
      ...notProduction,
    ],
    message: pureCoreMessage,
  },
  {
    target: 'preload/contract.ts',
    from: [...belowHosts, ...hosts, 'preload/bridge.ts', 'preload/index.ts', 'renderer', ...notProduction],
    message: contractMessage,
  },
  {
    target: 'main/app',
    from: [
      'main/sources',
      'main/adapters',
      'main/compose',
      ...hosts,
      'renderer',
      'preload/bridge.ts',
      'preload/index.ts',
    ],
    message: 'main/app imports main/core, the contract and its own ports: sources, adapters and hosts are handed in.',
  },
  {
    target: 'main/sources',
    from: ['main/adapters', 'main/compose', ...hosts, 'renderer', 'preload'],
    message: 'A source imports main/core and the app ports: stores, secrets and clocks are handed in by main/compose.',
  },
  {
    target: 'main/sources',
    from: 'main/app',
    except: ['./ports'],
    message: 'A source imports only the ports of main/app (main/app/ports/).',
  },
  ...sourceFolders.map((name) => ({
    target: `main/sources/${name}`,
    from: 'main/sources',
    except: [`./${name}`],
    message: 'A source never imports another source.',
  })),
  {
    // Other layers see a source only through its public surface.
    target: ['main/app', 'main/adapters', 'main/compose', ...hosts, 'preload', 'renderer'].map((folder) =>
      path.join(root, folder, '**'),
    ),
    from: [path.join(root, 'main/sources/*/**')],
    except: [path.join(root, 'main/sources/*/index.ts')],
    message: 'Import a source through its index.ts, not its internals.',
  },
  {
    target: 'main/adapters',
    from: ['main/sources', 'main/compose', ...hosts, 'renderer', 'preload/bridge.ts', 'preload/index.ts'],
    message: 'An adapter imports main/core and the app ports; never sources or hosts.',
  },
  {
    target: 'main/adapters',
    from: 'main/app',
    except: ['./ports'],
    message: 'An adapter implements the ports of main/app and imports nothing else of it.',
  },
  {
    target: 'main/compose',
    from: [...hosts, 'renderer'],
    message: 'main/compose assembles what is below the hosts; hosts import it, not the other way round.',
  },
  { target: 'main/electron', from: 'main/node', message: 'The Electron and Node hosts never import each other.' },
  { target: 'main/node', from: 'main/electron', message: 'The Electron and Node hosts never import each other.' },
  {
    target: 'renderer',
    from: [...belowHosts, ...hosts, 'preload/index.ts'],
    message: 'The renderer imports its own files, the contract, the bridge and pure main/core only.',
  },
  {
    target: ['main', 'preload', 'renderer'],
    from: notProduction,
    message: 'Shipped code never imports tests, benchmarks or scripts.',
  },
];

export default defineConfig(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      // A mutation run's sandbox copy of the tree, and its report.
      '.stryker-tmp/',
      'reports/',
      // Forbidden imports on purpose: tests/lint lints them one by one.
      'tests/lint/fixtures/',
    ],
  },
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
      'no-restricted-imports': ['error', { paths: [electronImport, ...serverImports] }],
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
    files: [...serverHost, 'tests/**'],
    ignores: ['tests/main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport] }] },
  },
  {
    files: electronHost,
    rules: { 'no-restricted-imports': ['error', { paths: serverImports }] },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronImport, ...serverImports, ...nodeBuiltins(rendererMessage), ...classicZodImports] },
      ],
    },
  },
  {
    files: ['main/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [onlyPackages(['zod/mini'], pureCoreMessage)] }] },
  },
  {
    files: ['preload/contract.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [onlyPackages(['zod/mini'], contractMessage)] }] },
  },
  {
    // The bridge and its quick check run in the window too.
    files: ['preload/bridge.ts', 'preload/quick-check.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport, ...serverImports, ...classicZodImports] }] },
  },
  {
    // Adapters may name the contract's types (StoreRecovery) but never run its code.
    files: ['main/adapters/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/preload/contract'],
              allowTypeImports: true,
              message: "An adapter never imports the contract's runtime: what it needs of it lives in main/core.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.{ts,tsx}', 'tests/lint/fixtures/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle follows imports only through files import-x parses: TypeScript ones included.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: [path.join(root, 'tsconfig.json'), path.join(root, 'tsconfig.web.json')],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Every word the window shows comes from the i18n catalogue, in English and Chinese.
    files: ['renderer/**/*.tsx'],
    plugins: { local: { rules: { 'no-literal-jsx-text': noLiteralJsxText } } },
    rules: { 'local/no-literal-jsx-text': 'error' },
  },
);
