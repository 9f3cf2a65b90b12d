/**
 * Loading the related rows of a listing side by side with it: each related table is read with the
 * listing's own condition as a semi-join (`{ serviceDays: { some: where } }`), so no query carries
 * thousands of ids and the queries need not wait for one another. The listing is not a snapshot with
 * them, so a row written in between may name a relative the semi-join did not see: those few are read by id.
 */

/**
 * The related rows by id: those the semi-join found, completed by id for any `wanted` id it missed.
 * @param read reads rows matching a where-clause (called with the missed ids only when some are missing)
 */
export async function relatedById<R extends { id: number }>(
  found: readonly R[],
  wanted: readonly number[],
  read: (where: { id: { in: number[] } }) => Promise<R[]>,
): Promise<Map<number, R>> {
  const byId = new Map(found.map((row) => [row.id, row]));
  const missed = [...new Set(wanted.filter((id) => !byId.has(id)))];
  if (missed.length > 0) for (const row of await read({ id: { in: missed } })) byId.set(row.id, row);
  return byId;
}

/** The ids a listing's rows name in one of their columns. */
export function idsOf<K extends string>(rows: readonly Record<K, number>[], column: K): number[] {
  return rows.map((row) => row[column]);
}
