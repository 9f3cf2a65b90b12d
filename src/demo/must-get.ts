/**
 * The value of a key that must be there: the demo data refers to its own rows by key, so a miss is a
 * mistake in the demo data (a typo in a key), not something a user can cause.
 */
export function mustGet<V>(map: ReadonlyMap<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new RangeError(`unknown demo ${what}: ${key}`);
  return value;
}
