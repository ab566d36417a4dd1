// The layers are kept by the linter, and this proves each rule fires: every fixture under
// fixtures/ holds one forbidden import and is linted as if it lived at the same path in the tree
// (the contract's as preload/contract.ts), with the repository's own ESLint config. The
// "imports-what-it-may" fixtures show the same rules let each layer's allowed imports through.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(import.meta.dirname, 'fixtures');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The problems ESLint reports for a fixture, linted at `as` (its mirrored path by default). */
async function lint(fixture: string, as = fixture): Promise<Array<{ ruleId: string | null; message: string }>> {
  const [result] = await eslint.lintText(readFileSync(path.join(fixtures, fixture), 'utf8'), {
    filePath: path.join(root, as),
  });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

const paths = 'import-x/no-restricted-paths';
const packages = 'no-restricted-imports';

const forbidden: Array<{ rule: string; fixture: string; as?: string; says: RegExp }> = [
  { rule: paths, fixture: 'main/core/imports-an-adapter.ts', says: /main\/core is pure/ },
  { rule: packages, fixture: 'main/core/imports-node.ts', says: /main\/core is pure/ },
  { rule: packages, fixture: 'main/core/imports-a-package.ts', says: /main\/core is pure/ },
  { rule: packages, fixture: 'main/core/i18n/imports-intl-messageformat.ts', says: /main\/core is pure/ },
  { rule: packages, fixture: 'main/core/imports-classic-zod.ts', says: /main\/core is pure.*zod\/mini/ },
  {
    rule: paths,
    fixture: 'preload/contract-imports-a-source.ts',
    as: 'preload/contract.ts',
    says: /contract.ts imports only main\/core and zod\/mini/,
  },
  {
    rule: packages,
    fixture: 'preload/contract-imports-a-package.ts',
    as: 'preload/contract.ts',
    says: /contract.ts imports only main\/core and zod\/mini/,
  },
  {
    rule: packages,
    fixture: 'preload/contract-imports-classic-zod.ts',
    as: 'preload/contract.ts',
    says: /contract.ts imports only main\/core and zod\/mini/,
  },
  {
    rule: packages,
    fixture: 'preload/bridge-imports-classic-zod.ts',
    as: 'preload/bridge.ts',
    says: /validates with zod\/mini/,
  },
  {
    rule: packages,
    fixture: 'preload/bridge-imports-classic-zod.ts',
    as: 'preload/quick-check.ts',
    says: /validates with zod\/mini/,
  },
  { rule: paths, fixture: 'main/app/imports-an-adapter.ts', says: /sources, adapters and hosts are handed in/ },
  { rule: paths, fixture: 'main/app/imports-a-source.ts', says: /sources, adapters and hosts are handed in/ },
  { rule: packages, fixture: 'main/app/imports-electron.ts', says: /Only the Electron host/ },
  { rule: paths, fixture: 'main/sources/demo/imports-an-adapter.ts', says: /handed in by main\/compose/ },
  { rule: paths, fixture: 'main/sources/demo/imports-the-app.ts', says: /only the ports of main\/app/ },
  { rule: paths, fixture: 'main/sources/demo/imports-another-source.ts', says: /never imports another source/ },
  {
    rule: '@typescript-eslint/no-restricted-imports',
    fixture: 'main/adapters/imports-the-contract-runtime.ts',
    says: /never imports the contract's runtime/,
  },
  {
    rule: packages,
    fixture: 'main/adapters/starts-a-server.ts',
    says: /Only the Node host \(main\/node\/\) starts servers/,
  },
  { rule: paths, fixture: 'main/compose/imports-source-internals.ts', says: /through its index.ts/ },
  { rule: paths, fixture: 'main/compose/imports-a-host.ts', says: /hosts import it, not the other way round/ },
  { rule: paths, fixture: 'main/node/imports-the-electron-host.ts', says: /never import each other/ },
  { rule: paths, fixture: 'main/node/imports-a-test.ts', says: /never imports tests/ },
  { rule: paths, fixture: 'renderer/imports-the-app.ts', says: /The renderer imports its own files/ },
  { rule: packages, fixture: 'renderer/imports-node.ts', says: /no Node APIs/ },
  { rule: packages, fixture: 'renderer/imports-classic-zod.ts', says: /validates with zod\/mini/ },
];

describe('the layer rules', () => {
  it.each(forbidden)('$rule rejects $fixture', async ({ rule, fixture, as, says }) => {
    const problems = await lint(fixture, as);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: rule, message: expect.stringMatching(says) });
  });

  it.each([
    'main/core/i18n/imports-what-it-may.ts',
    'main/app/imports-what-it-may.ts',
    'main/sources/demo/imports-what-it-may.ts',
    'main/adapters/imports-what-it-may.ts',
    'main/compose/imports-what-it-may.ts',
    'renderer/imports-what-it-may.ts',
  ])('lets %s through', async (fixture) => {
    expect(await lint(fixture)).toEqual([]);
  });

  it('rejects an import cycle', async () => {
    // Real files: a cycle needs both ends on disk. The tree's lint skips fixtures/; this one does not.
    const results = await new ESLint({ cwd: root, ignore: false }).lintFiles([path.join(fixtures, 'cycle/first.ts')]);
    expect(results[0]!.messages).toEqual([
      expect.objectContaining({ ruleId: 'import-x/no-cycle', message: expect.stringMatching(/cycle/i) }),
    ]);
  });
});
