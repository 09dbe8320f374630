import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { localeCatalogs } from './scripts/i18n/vite-plugin.ts';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  plugins: [
    localeCatalogs(),
    preact(),
    // manifest.json is the manifest people read; only the version comes from package.json, so it
    // is written in one place.
    crx({ manifest: { ...manifest, version: pkg.version } }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Chromium loads unpacked code as is; readable output is easier to review and to debug.
    minify: false,
    sourcemap: false,
  },
});
