/**
 * Recognising database errors the query functions handle on purpose. Both driver adapters (better-sqlite3
 * and pg) report a unique-constraint violation the same way: model queries throw a
 * `PrismaClientKnownRequestError` with code P2002; raw queries throw code P2010 carrying the adapter's
 * error, whose `cause.kind` is `UniqueConstraintViolation` (SQLite code SQLITE_CONSTRAINT_UNIQUE,
 * PostgreSQL 23505).
 */

interface MaybePrismaError {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
}

/** Whether an error is a unique-constraint violation, from a model query or a raw one, on either database. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as MaybePrismaError;
  if (e.code === 'P2002') return true;
  return e.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}
