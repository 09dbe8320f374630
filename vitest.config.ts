import { defineConfig } from 'vitest/config';

export default defineConfig({
  // JSX for Preact components under test; the build uses @preact/preset-vite for the same.
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  test: {
    include: ['test/**/*.test.ts?(x)', 'src/**/*.test.ts?(x)'],
    environment: 'node',
  },
});
