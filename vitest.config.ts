import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['app/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    // Property tests and the export checks run for seconds; on a loaded 2-core machine the
    // default 5 s budget made them fail at random.
    testTimeout: 30_000,
    // CI sums unit and end-to-end counts from these files.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: 'reports/unit.json' } : undefined,
  },
});
