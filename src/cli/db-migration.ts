/**
 * `npm run db:migration -- <name>`: writes a migration for SQLite and PostgreSQL from the change to
 * prisma/models.prisma since the last migration. `--check` writes nothing and fails when the models
 * have changes that no migration covers (CI runs it).
 */
import { DB_PROVIDERS } from '../db/migrate/schema-files.js';
import { createMigration, pendingSchemaChange } from '../db/migrate/migrations.js';

const args = process.argv.slice(2);
if (args.includes('--check')) {
  let missing = 0;
  for (const provider of DB_PROVIDERS) {
    if (await pendingSchemaChange(provider)) {
      console.error(
        `prisma/models.prisma has changes without a ${provider} migration: run npm run db:migration -- <name>`,
      );
      missing++;
    }
  }
  process.exitCode = missing ? 1 : 0;
} else {
  const name = args.join(' ');
  if (!name) {
    console.error('usage: npm run db:migration -- <name>');
    process.exit(2);
  }
  const written = await createMigration(name, DB_PROVIDERS);
  console.log(written.length ? written.map((d) => `wrote ${d}`).join('\n') : 'no schema change: no migration written');
}
