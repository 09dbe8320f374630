import { defineConfig } from 'vitest/config';
import { localeCatalogs } from './scripts/i18n/vite-plugin.ts';

export default defineConfig({
  // The catalogs as the build imports them (the content script's part only in its modules).
  plugins: [localeCatalogs()],
  // JSX for Preact components under test; the build uses @preact/preset-vite for the same.
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  test: {
    include: ['test/**/*.test.ts?(x)', 'src/**/*.test.ts?(x)'],
    environment: 'node',
  },
});
