/**
 * `npm run db:migrate`: applies the pending migrations to `DATABASE_URL` (SQLite or PostgreSQL) and
 * prints what it applied. The service does the same at start unless `DB_MIGRATE_ON_START=false`.
 */
import { loadEnvOrExit } from '../config/load-or-exit.js';
import { providerOf } from '../db/adapters.js';
import { applyPendingMigrations } from '../db/migrate/migrations.js';

const env = loadEnvOrExit();
try {
  const applied = await applyPendingMigrations(env.DATABASE_URL);
  const target = providerOf(env.DATABASE_URL);
  console.log(
    applied.length
      ? `已应用 ${applied.length} 个迁移 / applied ${applied.length} migration(s) to ${target}:\n${applied.map((name) => `  ${name}`).join('\n')}`
      : `数据库已是最新 / ${target} database is up to date`,
  );
} catch (error) {
  console.error(`迁移失败 / migration failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
