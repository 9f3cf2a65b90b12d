import type { Region } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';

/** The region at a materialized path and its children (any order; none for an unknown path). One query. */
export function listRegionWithChildren(db: DbOrTx, path: string): Promise<Region[]> {
  return db.region.findMany({ where: { OR: [{ path }, { parent: { path } }] } });
}
