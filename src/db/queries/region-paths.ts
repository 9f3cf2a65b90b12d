import type { Region } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';

/** The regions at these materialized paths (any order; unknown paths are simply absent). One query. */
export function listRegionsByPaths(db: DbOrTx, paths: readonly string[]): Promise<Region[]> {
  if (paths.length === 0) return Promise.resolve([]);
  return db.region.findMany({ where: { path: { in: [...paths] } } });
}
