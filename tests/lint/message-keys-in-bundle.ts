// Which catalogue keys a bundle's code may ask for. The files are the ones esbuild would put into
// a bundle from the entry (the renderer's own and the core modules it imports, packages left
// out); the keys are read from their string literals: a literal names the key it spells, and a
// key's beginning names every key it starts, so keys built from data are counted too:
// `` `notice.language.${x}` ``, 'metric.' + id, or `${prefix}.${id}` after prefix = 'checker.rule'.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';

export interface KeyUse {
  /** Relative to the root the bundle was built from. */
  file: string;
  line: number;
  /** The literal as written (a template's text before its first `${`). */
  literal: string;
  /** The catalogue keys it may stand for. */
  keys: string[];
}

/** The project's own source files a bundle from `entry` holds, relative to `root`. */
export async function bundledSources(root: string, entry: string): Promise<string[]> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'never-written',
    write: false,
    metafile: true,
    packages: 'external',
    jsx: 'automatic',
    loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty' },
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs).filter((file) => !file.includes('node_modules/'));
}

/** An area's name and its dot: the least a literal needs before it can be a key's beginning. */
const startsLikeAKey = /^[A-Za-z][\w-]*\./;

/** The keys `literal` may stand for: itself, or every key it is the beginning of. */
function keysNamedBy(literal: string, isTemplateHead: boolean, catalogueKeys: readonly string[]): string[] {
  if (!startsLikeAKey.test(literal)) return [];
  const prefix = isTemplateHead || literal.endsWith('.') ? literal : `${literal}.`;
  return catalogueKeys.filter((key) => key === literal || key.startsWith(prefix));
}

/** Every string literal and template beginning in `source` that may stand for a catalogue key. */
export function keyUses(file: string, source: string, catalogueKeys: readonly string[]): KeyUse[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const uses: KeyUse[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? { text: node.text, head: false }
        : ts.isTemplateHead(node)
          ? { text: node.text, head: true }
          : null;
    if (literal) {
      const keys = keysNamedBy(literal.text, literal.head, catalogueKeys);
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
      if (keys.length > 0) uses.push({ file, line, literal: literal.text, keys });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return uses;
}

/** Where the bundle from `entry` may ask for a key (the catalogues themselves left out). */
export async function bundleKeyUses(root: string, entry: string, catalogueKeys: readonly string[]): Promise<KeyUse[]> {
  const files = await bundledSources(root, entry);
  return files
    .filter((file) => !file.includes('i18n/messages/'))
    .flatMap((file) => keyUses(file, readFileSync(path.join(root, file), 'utf8'), catalogueKeys));
}

/** The keys the bundle from `entry` may ask for that are not in `spoken`, where it asks. */
export async function unspokenKeyUses(
  root: string,
  entry: string,
  catalogueKeys: readonly string[],
  spoken: ReadonlySet<string>,
): Promise<KeyUse[]> {
  return (await bundleKeyUses(root, entry, catalogueKeys))
    .map((use) => ({ ...use, keys: use.keys.filter((key) => !spoken.has(key)) }))
    .filter((use) => use.keys.length > 0);
}
