// One build for the three bundles: main (Electron entry and the Node CLI), the sandboxed
// preload (CommonJS, everything but electron inlined), and the renderer (Vite).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rm } from 'node:fs/promises';

await rm('out', { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  esbuild({
    ...common,
    entryPoints: { electron: 'main/electron/main.ts', cli: 'main/node/cli.ts' },
    outdir: 'out/main',
    format: 'esm',
    packages: 'external',
  }),
  esbuild({
    ...common,
    entryPoints: ['preload/index.ts'],
    outfile: 'out/preload/index.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log('built out/main, out/preload, out/renderer');
