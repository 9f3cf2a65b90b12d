import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openMigrated, type ThrowawayDatabase } from '../../test/support/migrated-database.js';
import { pgAdmin, pgDatabaseUrl } from '../../test/support/pg.js';

/** Which database a bench run measures: SQLite (default) or PostgreSQL (`--db postgres`). */
export type BenchDb = 'sqlite' | 'postgres';

/** A migrated throwaway database for one scenario, open for seeding. */
export type BenchDatabase = ThrowawayDatabase;

/**
 * A fresh database with every migration applied: a SQLite file in a temporary folder, or a database with
 * a random name on `BENCH_PG_URL` (default the local server). Each scenario gets its own, so one
 * scenario's backlog never slows the next.
 */
export async function createBenchDatabase(kind: BenchDb): Promise<BenchDatabase> {
  let url: string;
  let drop: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'crb-bench-'));
    url = `file:${path.join(dir, 'bench.db')}`;
    drop = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const server = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
    const name = `crb_bench_${randomBytes(6).toString('hex')}`;
    await pgAdmin(`create database ${name}`, server);
    url = pgDatabaseUrl(name, server);
    drop = () => pgAdmin(`drop database if exists ${name} with (force)`, server);
  }
  return openMigrated(url, drop);
}
