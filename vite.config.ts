import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const samplesDir = path.join(here, 'assets', 'samples');

/**
 * Ships the bundled sample clippings inside the renderer build (samples/<file> plus
 * samples/index.json listing them), so the web edition can fetch them from its own origin.
 * Electron reads the same files from disk (assets/samples, or resources/samples when packaged).
 */
function bundledSamples(): Plugin {
  return {
    name: 'gleaner-bundled-samples',
    apply: 'build',
    generateBundle() {
      const files = readdirSync(samplesDir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => entry.name)
        .sort();
      for (const name of files) {
        this.emitFile({ type: 'asset', fileName: `samples/${name}`, source: readFileSync(path.join(samplesDir, name)) });
      }
      this.emitFile({ type: 'asset', fileName: 'samples/index.json', source: `${JSON.stringify(files, null, 2)}\n` });
    },
  };
}

// One build serves both editions; the renderer picks its platform at runtime
// (window.gleaner present = Electron). The output must run under the app's CSP:
// no inline scripts (so no modulepreload polyfill) and module workers loaded from 'self'.
export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  publicDir: false,
  plugins: [bundledSamples()],
  build: {
    outDir: path.join(here, 'build', 'renderer'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    // Inlined assets would become data: URLs for fonts/scripts; keep every asset a file.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
