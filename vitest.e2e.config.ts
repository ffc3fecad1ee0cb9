import { defineConfig } from 'vitest/config';

// End-to-end: builds the loopback-enabled extension once (global setup), then drives Debian's Chromium with it loaded.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
