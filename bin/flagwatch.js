#!/usr/bin/env node
// The `flagwatch` command: runs the built CLI (`npm run build` first).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('flagwatch: not built yet. Run `npm run build` in the Flagwatch folder first.');
  process.exit(2);
}
await import(cli);
