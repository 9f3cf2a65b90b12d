/**
 * Loading the related rows of a listing side by side with it: each related table is read with the
 * listing's own condition as a semi-join (`{ serviceDays: { some: where } }`), so no query carries
 * thousands of ids and the queries need not wait for one another. The listing is not a snapshot with
 * them, so a row written in between may name a relative the semi-join did not see: those few are read by id.
 */

/**
 * The related rows by id: those the semi-join found, completed by id for any `wanted` id it missed.
 * @param byIds reads the missed rows (called only when some are missing)
 */
export async function relatedById<R extends { id: number }>(
  found: readonly R[],
  wanted: readonly number[],
  byIds: (ids: number[]) => Promise<R[]>,
): Promise<Map<number, R>> {
  const byId = new Map(found.map((row) => [row.id, row]));
  const missed = [...new Set(wanted.filter((id) => !byId.has(id)))];
  if (missed.length > 0) for (const row of await byIds(missed)) byId.set(row.id, row);
  return byId;
}
