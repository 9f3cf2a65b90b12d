/**
 * Statements named per connection by default (`DATABASE_PREPARED_STATEMENTS`): room for an event's few
 * dozen statements and the rest of a day's common work.
 */
export const DEFAULT_PREPARED_STATEMENTS = 250;

/** pg's unnamed statement: parsed and planned again at every execution. */
const UNNAMED = '';

/**
 * Names for PostgreSQL prepared statements, for Prisma's pg adapter (`statementNameGenerator`). Each
 * distinct SQL text gets one name, so a connection parses and plans it once and afterwards only binds
 * and executes it: less work for the database server, which shares the machine's cores with the service
 * (README "Performance", P2). At most `limit` texts are named, because Prisma writes a text per length
 * of an `IN` list or a multi-row insert, and a named statement stays prepared on each connection of the
 * pool for the connection's life; later texts go unnamed, as every statement did before. A limit of 0
 * names none (behind a pooler in transaction mode that does not keep prepared statements).
 */
export function statementNamer(limit: number): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= limit) return UNNAMED;
    const name = `crb_${names.size}`;
    names.set(sql, name);
    return name;
  };
}
