// The renderer's build: renderer/ → out/renderer/, with relative asset paths so the same files
// load from file:// in Electron and from the Node host's HTTP server.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

function catalogueChunkName(chunk: { facadeModuleId: string | null }): string {
  const locale = /i18n\/messages\/([^/]+)\/window-areas\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
  return locale ? `assets/catalogue-${locale}-[hash].js` : 'assets/[name]-[hash].js';
}

export default defineConfig({
  root: fromRoot('./renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('./out/renderer'),
    emptyOutDir: true,
    rolldownOptions: {
      // Each language's catalogue is named after it (catalogue-zh-CN-….js), for the weight bench.
      output: { chunkFileNames: catalogueChunkName },
    },
  },
});
