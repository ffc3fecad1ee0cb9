import { defineConfig } from 'vitest/config';

// Unit tests: pure lib/ stages, components and scripts, in Node. E2E lives in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'tests/generator/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
