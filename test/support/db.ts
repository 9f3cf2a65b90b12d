import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { openMigrated, type ThrowawayDatabase } from './migrated-database.js';
import type { DatabaseOptions } from '../../src/db/adapters.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { pgAdmin, pgDatabaseUrl } from './pg.js';

/** The databases this run tests on: SQLite always, PostgreSQL when the global setup found it. */
export function testProviders(): DbProvider[] {
  return inject('pgAvailable') ? ['sqlite', 'postgresql'] : ['sqlite'];
}

/** A migrated, empty, throwaway database. */
export type TestDatabase = ThrowawayDatabase;

/**
 * Creates an empty database of the given kind with all migrations applied: a temporary SQLite file, or
 * a PostgreSQL database with a random name on the test server (dropped by `destroy`), opened with
 * `options`.
 */
export async function createTestDatabase(provider: DbProvider, options: DatabaseOptions = {}): Promise<TestDatabase> {
  const { url, drop } = await createEmptyDatabase(provider);
  return openMigrated(url, drop, options);
}

/** An empty database (no migrations) and how to remove it. */
export async function createEmptyDatabase(provider: DbProvider): Promise<{ url: string; drop: () => Promise<void> }> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'crb-test-'));
    return {
      url: `file:${path.join(dir, 'test.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `crb_test_${randomBytes(6).toString('hex')}`;
  await pgAdmin(`create database ${name}`);
  return { url: pgDatabaseUrl(name), drop: () => pgAdmin(`drop database if exists ${name} with (force)`) };
}
