import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from './engine.js';
import { NO_FILTER, withSchemaEngine } from './engine.js';
import { createAdapterFactory, MIGRATION_CONNECTION, providerOf } from '../adapters.js';
import { composeSchema, providerPaths, readModels, type DbProvider } from './schema-files.js';

const LOCKFILE = 'migration_lock.toml';

/** Loads the committed migrations of one provider the way the Prisma CLI does. */
export async function readMigrationList(provider: DbProvider): Promise<MigrationList> {
  const baseDir = providerPaths(provider).migrations;
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(baseDir, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (e: Error) => ({ tag: 'error' as const, value: e.message }),
        ),
      },
    })),
  );
  const lockContent = await readFile(path.join(baseDir, LOCKFILE), 'utf8').catch(() => null);
  return { baseDir, lockfile: { path: LOCKFILE, content: lockContent }, shadowDbInitScript: '', migrationDirectories };
}

/** The name of the newest committed migration of a provider (what a healthy database has applied), or null. */
export async function latestShippedMigration(provider: DbProvider): Promise<string | null> {
  const { migrationDirectories } = await readMigrationList(provider);
  return migrationDirectories.at(-1)?.path ?? null;
}

/**
 * Applies the pending committed migrations to the database. Prisma's own `_prisma_migrations` table
 * records them, so `prisma migrate deploy` remains interchangeable where the native engine exists.
 * Returns the names applied now (empty when the database was up to date).
 */
export async function applyPendingMigrations(databaseUrl: string): Promise<string[]> {
  const provider = providerOf(databaseUrl);
  const migrationsList = await readMigrationList(provider);
  // The engine takes SQLite in exclusive locking mode, which fails while any other process (the
  // running service, a replica) has the file open. Most starts have nothing to apply, so ask first and
  // only call the engine when a migration is really pending.
  const applied = await finishedMigrations(databaseUrl);
  if (migrationsList.migrationDirectories.every((d) => applied.has(d.path))) return [];
  const schema = composeSchema(provider, await readModels());
  const { appliedMigrationNames } = await withSchemaEngine({ databaseUrl }, schema, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTER }),
  );
  return appliedMigrationNames;
}

/**
 * Where the engine runs to compare PostgreSQL schemas: any reachable server will do (nothing is written
 * to it). `MIGRATION_PG_URL` overrides the local default.
 */
export function migrationPgUrl(): string {
  return process.env.MIGRATION_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

/** Names of the migrations recorded as finished (and not rolled back) in `_prisma_migrations`. */
async function finishedMigrations(databaseUrl: string): Promise<Set<string>> {
  const connection = await createAdapterFactory(databaseUrl, MIGRATION_CONNECTION).connect();
  try {
    const result = await connection.queryRaw({
      sql: 'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      args: [],
      argTypes: [],
    });
    return new Set(result.rows.map((row) => String(row[0])));
  } catch {
    // No migrations table yet: a new database.
    return new Set();
  } finally {
    await connection.dispose();
  }
}

/** The SQL that takes a database from the last migration's models to the current models. */
export async function pendingSchemaChange(provider: DbProvider): Promise<string> {
  const paths = providerPaths(provider);
  const models = await readModels();
  const before: string | null = await readFile(paths.snapshot, 'utf8').catch(() => null);
  const target = composeSchema(provider, models);
  const result = await withSchemaEngine(
    provider === 'sqlite' ? { offline: 'sqlite' } : { databaseUrl: migrationPgUrl() },
    target,
    (engine) =>
      engine.diff({
        from:
          before === null
            ? { tag: 'empty' }
            : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: composeSchema(provider, before) }] },
        to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: target }] },
        script: true,
        exitCode: null,
        filters: NO_FILTER,
      }),
  );
  const sql = result.stdout ?? '';
  return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? '' : sql;
}

/** `20260522093000` in UTC, like the Prisma CLI's migration folder prefix. */
function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/**
 * Writes a new migration for each provider whose models changed since its last migration, updates the
 * snapshot and the lockfile. Returns the folders written (none when nothing changed).
 */
export async function createMigration(
  name: string,
  providers: readonly DbProvider[],
  now = new Date(),
): Promise<string[]> {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  if (!slug) throw new Error('migration name must contain letters or digits');
  const written: string[] = [];
  for (const provider of providers) {
    const sql = await pendingSchemaChange(provider);
    if (!sql) continue;
    const paths = providerPaths(provider);
    const dir = path.join(paths.migrations, `${timestamp(now)}_${slug}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'migration.sql'), sql);
    await writeFile(paths.snapshot, await readModels());
    await writeFile(
      path.join(paths.migrations, LOCKFILE),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    );
    written.push(dir);
  }
  return written;
}
