/**
 * Recognising database errors the query functions handle on purpose. Both driver adapters (better-sqlite3
 * and pg) report a unique-constraint violation the same way: model queries throw a
 * `PrismaClientKnownRequestError` with code P2002; raw queries throw code P2010 carrying the adapter's
 * error, whose `cause.kind` is `UniqueConstraintViolation` (SQLite code SQLITE_CONSTRAINT_UNIQUE,
 * PostgreSQL 23505).
 */

interface MaybePrismaError {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
}

/** Whether an error is a unique-constraint violation, from a model query or a raw one, on either database. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as MaybePrismaError;
  if (e.code === 'P2002') return true;
  return e.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}

/** Prisma's codes for a database it cannot reach, that does not exist (dropped), or that closed the connection. */
const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017']);
/**
 * PostgreSQL SQLSTATEs of a server that is gone or not ready: class 08 (connection exception), 57P01–57P03
 * (shutting down, crash shutdown, cannot connect now), 3D000 (the database does not exist: dropped or not
 * created yet — an outage to wait out, not a bug to apologise for).
 */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[123]|3D000)/;
/** What pg and Node say when the socket itself fails. */
const SOCKET_FAILURE =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|server closed the connection|database "[^"]*" does not exist/i;

/**
 * Whether an error means the database is unavailable for now (restarting, unreachable) rather than that
 * the request was wrong: the work should be tried again later, not answered with an apology.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as MaybePrismaError;
  if (typeof e.code === 'string' && UNREACHABLE_CODES.has(e.code)) return true;
  const sqlState = e.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof sqlState === 'string' && UNAVAILABLE_SQLSTATE.test(sqlState)) return true;
  // The event journal's own connections (src/db/journal/) throw the drivers' errors unwrapped: pg's
  // carry the SQLSTATE as `code`; SQLite's write lock held past the journal's patience is SQLITE_BUSY.
  if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATE.test(e.code) || e.code.startsWith('SQLITE_BUSY'))) {
    return true;
  }
  return typeof e.message === 'string' && SOCKET_FAILURE.test(e.message);
}
