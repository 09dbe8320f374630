// End-to-end tests: real Chromium (Debian package) with the built extension. They run after the
// unit tests in `npm test`; the global setup builds dist/ first so they always test this code.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine may have two cores and Chromium is heavy.
    fileParallelism: false,
  },
});
