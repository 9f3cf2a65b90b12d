import type { DbOrTx } from '../client.js';

/** What the health check finds in the database. */
export interface SchemaHealth {
  /** The latest migration recorded as applied (none when the table is missing or empty). */
  latestMigration: string | null;
  /** Whether the tables every event touches answer a query. */
  tablesAnswer: boolean;
}

/**
 * Reads the latest applied migration from Prisma's `_prisma_migrations` and queries the tables every
 * event needs (inbound events, the delivery ledger). Never throws: a failure is reported as found.
 */
export async function readSchemaHealth(db: DbOrTx): Promise<SchemaHealth> {
  const latestMigration = await db
    .$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ' +
        'ORDER BY migration_name DESC LIMIT 1',
    )
    .then((rows) => rows[0]?.migration_name ?? null)
    .catch(() => null);
  const tablesAnswer = await Promise.all([
    db.inboundEvent.findFirst({ select: { id: true } }),
    db.outboundMessage.findFirst({ select: { id: true } }),
  ]).then(
    () => true,
    () => false,
  );
  return { latestMigration, tablesAnswer };
}
