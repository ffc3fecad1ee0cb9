import { defineConfig } from 'vitest/config';

// Unit tests: pure lib/ stages, components, scripts and the entrypoints' small helpers, in Node. E2E lives in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'tests/generator/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'entrypoints/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
