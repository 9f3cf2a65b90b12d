import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: the fault suite — real service processes killed with SIGKILL, a PostgreSQL
 * server stopped and started under a running service. Slower than the unit and end-to-end suite, so it
 * is its own run (CI runs both).
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Each file starts services and databases of its own; one at a time keeps the timing honest.
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
