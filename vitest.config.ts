import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['functions/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    // Demo-based suites build and read the whole demo workbook before their tests.
    hookTimeout: 120_000,
  },
});
