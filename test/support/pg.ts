import pg from 'pg';

/** The PostgreSQL server tests use; each test file gets its own throwaway database on it. */
export const TEST_PG_URL = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** True when the server answers within a second. */
export async function pgReachable(url = TEST_PG_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs one statement on the server's maintenance database. */
export async function pgAdmin(sql: string, url = TEST_PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of another database on the same server. */
export function pgDatabaseUrl(database: string, url = TEST_PG_URL): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
