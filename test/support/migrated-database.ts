import type { DatabaseOptions } from '../../src/db/adapters.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { applyPendingMigrations } from '../../src/db/migrate/migrations.js';

/** A migrated throwaway database, open. */
export interface ThrowawayDatabase extends Database {
  url: string;
  /** Closes and removes it. */
  destroy(): Promise<void>;
}

/**
 * Applies every migration to the empty database at `url` and opens it; `destroy` closes it and calls
 * `drop`. Shared by the test suites and the bench (which must not import vitest).
 */
export async function openMigrated(
  url: string,
  drop: () => Promise<void>,
  options: DatabaseOptions = {},
): Promise<ThrowawayDatabase> {
  await applyPendingMigrations(url);
  const database = openDatabase(url, options);
  return {
    ...database,
    url,
    destroy: async () => {
      await database.close();
      await drop();
    },
  };
}
