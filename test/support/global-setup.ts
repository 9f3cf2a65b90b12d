import type { TestProject } from 'vitest/node';
import { TEST_PG_URL, pgReachable } from './pg.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAvailable: boolean;
  }
}

/**
 * Decides once per run whether the PostgreSQL half of the suite runs. In CI (CI=true) or with
 * REQUIRE_PG=1 an unreachable server fails the run; on a laptop it is skipped with one loud line.
 */
export default async function setup(project: TestProject): Promise<void> {
  const available = await pgReachable();
  if (!available) {
    const how = `PostgreSQL not reachable at ${TEST_PG_URL}`;
    if (process.env.CI === 'true' || process.env.REQUIRE_PG === '1') {
      throw new Error(`${how}: CI requires it (start it, or set TEST_PG_URL)`);
    }
    console.warn(
      `\n⚠ PostgreSQL suite SKIPPED: ${how}. Start PostgreSQL (e.g. pg_ctlcluster 15 main start) or set TEST_PG_URL=postgresql://user@host:5432/postgres, then run npm test again.\n`,
    );
  }
  project.provide('pgAvailable', available);
}
