import { describe, expect, it } from 'vitest';
import { applyPendingMigrations, pendingSchemaChange, readMigrationList } from '../../src/db/migrate/migrations.js';
import { openDatabase } from '../../src/db/client.js';
import { createEmptyDatabase, testProviders } from '../support/db.js';

describe.each(testProviders())('migrations on %s', (provider) => {
  it('apply from empty, then re-apply as a no-op', async () => {
    const { url, drop } = await createEmptyDatabase(provider);
    try {
      const all = (await readMigrationList(provider)).migrationDirectories.map((d) => d.path);
      expect(all.length).toBeGreaterThan(0);
      expect(await applyPendingMigrations(url)).toEqual(all);
      expect(await applyPendingMigrations(url)).toEqual([]);
      const database = openDatabase(url);
      try {
        const rows = await database.db.$queryRawUnsafe<{ migration_name: string }[]>(
          'select migration_name from _prisma_migrations order by migration_name',
        );
        expect(rows.map((r) => r.migration_name)).toEqual(all);
      } finally {
        await database.close();
      }
    } finally {
      await drop();
    }
  });

  it('is a no-op while the service holds the database open', async () => {
    const { url, drop } = await createEmptyDatabase(provider);
    await applyPendingMigrations(url);
    const running = openDatabase(url);
    try {
      await running.db.auditLog.create({ data: { action: 'test', entity: 'test' } });
      expect(await applyPendingMigrations(url)).toEqual([]);
    } finally {
      await running.close();
      await drop();
    }
  });

  it('the committed migrations cover prisma/models.prisma', async () => {
    expect(await pendingSchemaChange(provider)).toBe('');
  });
});
