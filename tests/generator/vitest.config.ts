import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Generator tests until the root vitest.config.ts includes tests/generator/**: run with
// npx vitest run --config tests/generator/vitest.config.ts
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/generator/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
