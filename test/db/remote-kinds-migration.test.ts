import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { readMigrationList } from '../../src/db/migrate/migrations.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { createEmptyDatabase, testProviders } from '../support/db.js';

/**
 * The migration that splits the one 远程 figure into 远程会诊 / 远程影像 / 远程心电 keeps what was logged:
 * a log written under the old rules has its combined figure as 远程会诊 afterwards (ARCHITECTURE.md
 * "Figures"). The migrations run as plain SQL here, so a row can be written between the old schema and
 * the split (foreign keys off: only the work log matters).
 */

const SPLIT = 'remote_kinds_split';

/** A database the migrations' SQL runs on, statement batch by batch. */
interface RawDatabase {
  run(sql: string): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

async function openRaw(provider: DbProvider, url: string): Promise<RawDatabase> {
  if (provider === 'sqlite') {
    const db = new Sqlite(url.replace(/^file:/, ''));
    return {
      // The migrations turn foreign keys back on at their end: off again for the next batch.
      run: async (sql) => void db.exec(sql).pragma('foreign_keys = OFF'),
      rows: async (sql) => db.prepare(sql).all() as Record<string, unknown>[],
      close: async () => void db.close(),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Without the foreign-key triggers, one work log can stand without its day, person and clinic.
  await client.query('set session_replication_role = replica');
  return {
    run: async (sql) => void (await client.query(sql)),
    rows: async (sql) => (await client.query(sql)).rows as Record<string, unknown>[],
    close: () => client.end(),
  };
}

describe.each(testProviders())('the remote-kinds split migration on %s', (provider) => {
  it('carries an old log’s combined 远程 figure into 远程会诊 and starts 影像 and 心电 at zero', async () => {
    const { url, drop } = await createEmptyDatabase(provider);
    const list = await readMigrationList(provider);
    const sqlOf = (name: string) => readFile(path.join(list.baseDir, name, 'migration.sql'), 'utf8');
    const names = list.migrationDirectories.map((d) => d.path);
    const split = names.findIndex((name) => name.endsWith(SPLIT));
    expect(split).toBeGreaterThan(0);
    const db = await openRaw(provider, url);
    try {
      for (const name of names.slice(0, split)) await db.run(await sqlOf(name));
      await db.run(
        `insert into work_logs (service_day_id, patients, remote_services, author_id, updated_at)
         values (1, 12, 3, 1, CURRENT_TIMESTAMP)`,
      );
      await db.run(await sqlOf(names[split]!));
      const [row] = await db.rows(
        'select patients, remote_consultations, remote_imaging, remote_ecg from work_logs where service_day_id = 1',
      );
      expect(row).toEqual({ patients: 12, remote_consultations: 3, remote_imaging: 0, remote_ecg: 0 });
    } finally {
      await db.close();
      await drop();
    }
  });
});
