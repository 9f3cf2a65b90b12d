import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { chmodSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pgAdmin, pgDatabaseUrl } from './pg.js';

const run = promisify(execFile);

/**
 * A PostgreSQL server of the test's own (initdb into a temporary folder, its own port), so a fault test
 * can stop and start it under a running service without touching the machine's shared server. Needs
 * Debian's PostgreSQL binaries; as root, the server runs as the `postgres` user (initdb refuses root).
 */
export interface PrivatePostgres {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres`. */
  readonly adminUrl: string;
  /** A URL for a database of this server (created by {@link createDatabase}). */
  databaseUrl(name: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server for good and removes its files. */
  destroy(): Promise<void>;
}

/** Where Debian keeps the server binaries (`/usr/lib/postgresql/<version>/bin`), or undefined. */
export function postgresBinDir(): string | undefined {
  for (const version of ['17', '16', '15', '14', '13']) {
    const dir = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  return undefined;
}

/** Initializes and starts a private server on `port`. */
export async function startPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries not found (apt-get install postgresql)');
  const root = mkdtempSync(join(tmpdir(), 'pg-fault-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    chownSync(root, Number(stdout.trim()), Number(stdout.trim()));
    chmodSync(root, 0o700);
  }
  const data = join(root, 'data');
  const pgRun = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);
  await pgRun('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = async () => {
    await pgRun('pg_ctl', [
      '-D',
      data,
      '-l',
      join(root, 'server.log'),
      '-o',
      `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      'start',
    ]);
  };
  const stop = async () => {
    await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  };
  await start();
  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    databaseUrl: (name) => pgDatabaseUrl(name, adminUrl),
    async createDatabase(name) {
      await pgAdmin(`CREATE DATABASE "${name}"`, adminUrl);
      return pgDatabaseUrl(name, adminUrl);
    },
    stop,
    start,
    async destroy() {
      await stop().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
