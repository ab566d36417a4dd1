// Runs electronegativity (Doyensec's scanner for Electron misconfigurations) over the code the
// Electron window depends on: the Electron host, the preload and the page's HTML. Offline: the
// scanner's only network uses (fetching translations, and Electron's release list for the
// "available security fixes" check) are cut off, and that one check is skipped. Fails on any
// HIGH finding that is not listed, with its reason, in electronegativity-false-positives.json,
// and on a listed false positive that no longer turns up (the list must not outlive its reason).
//
//   node scripts/electronegativity.mjs            the project's Electron code
//   node scripts/electronegativity.mjs <dir>...   other folders (the scanner's own test)
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const scannerDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const defaultInputs = ['main/electron', 'preload', 'renderer/index.html'];

/** The listed false positives: { id, file, reason } each, file relative to the scanned folder. */
export function readFalsePositives() {
  const list = JSON.parse(
    readFileSync(path.join(import.meta.dirname, 'electronegativity-false-positives.json'), 'utf8'),
  );
  return list.falsePositives;
}

/** Which HIGH findings fail the run, and which listed false positives are stale. */
export function verdict(issues, falsePositives) {
  const matches = (issue, entry) => issue.id === entry.id && issue.file === entry.file;
  const high = issues.filter((issue) => issue.severity.name === 'HIGH');
  return {
    failing: high.filter((issue) => !falsePositives.some((entry) => matches(issue, entry))),
    stale: falsePositives.filter((entry) => !high.some((issue) => matches(issue, entry))),
  };
}

/** Stops the scanner from reaching the network: `got` answers every request with a 404. */
function offline() {
  const gotPath = require.resolve('got', { paths: [path.join(scannerDir, 'dist')] });
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: () => Promise.resolve({ statusCode: 404, body: '' }),
  };
}

async function scan(inputs) {
  offline();
  const run = require(path.join(scannerDir, 'dist', 'runner.js'));
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  // One folder, so the checks that look across files (CSP, permission handler) see them all.
  const stage = mkdtempSync(path.join(tmpdir(), 'flagwatch-electronegativity-'));
  try {
    for (const input of inputs)
      cpSync(path.resolve(root, input), path.join(stage, path.basename(input)), { recursive: true });
    return await run({
      input: stage,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

const where = (issue) => `${issue.file}:${issue.location.line}`;

async function main() {
  const inputs = process.argv.length > 2 ? process.argv.slice(2) : defaultInputs;
  const { issues, errors } = await scan(inputs);
  for (const issue of issues)
    console.log(`${issue.severity.name.padEnd(13)} ${issue.id} ${where(issue)}: ${issue.description}`);
  const { failing, stale } = verdict(issues, readFalsePositives());
  for (const error of errors) console.error(`could not scan ${error.file}: ${error.message ?? error.error}`);
  for (const issue of failing)
    console.error(`HIGH finding not listed as a false positive: ${issue.id} at ${where(issue)}`);
  for (const entry of stale)
    console.error(`listed false positive no longer found, remove it: ${entry.id} in ${entry.file}`);
  const ok = failing.length === 0 && stale.length === 0 && errors.length === 0;
  console.log(
    `electronegativity: ${issues.length} findings, ${failing.length} failing HIGH, ${errors.length} files not scanned`,
  );
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] === import.meta.filename) await main();
