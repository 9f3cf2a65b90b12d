import type pg from 'pg';

/**
 * How the service's PostgreSQL pools (Prisma's and the journal's) keep their connections. pg closes a
 * connection after ten idle seconds by default; then the first check-ins after any lull (a quiet night
 * before the 07:30 reminder, a minute between two clinics' mornings) each wait for a new connection, the
 * server starts a new backend with cold caches, and every statement is prepared again
 * (`statement-names.ts`). So an idle connection is kept. TCP keepalive probes it after a minute of
 * silence: a connection a firewall has dropped fails and leaves the pool, instead of hanging the next
 * query, and the probes keep a firewall's idle timer from dropping it. `allowExitOnIdle` lets a
 * one-off script that opened the database end without closing the pool.
 */
export const KEPT_CONNECTIONS = {
  idleTimeoutMillis: 0,
  keepAlive: true,
  keepAliveInitialDelayMillis: 60_000,
  allowExitOnIdle: true,
} as const satisfies pg.PoolConfig;
