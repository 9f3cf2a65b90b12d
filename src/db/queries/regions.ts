import type { Region, RegionLevel } from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import type { DbOrTx } from '../client.js';
import { underRegionPath } from './filters.js';
import { inTransaction } from './transaction.js';

/**
 * The region tree (province → city → county → township). Every region stores its materialized path of
 * codes, `/35/3508/350881/`, so "in this subtree" is a prefix match and ancestors are read off the path.
 */

/** The path of a region with `code` under a parent path (or at the root when the parent is null). */
export function childRegionPath(parentPath: string | null, code: string): string {
  return `${parentPath ?? '/'}${code}/`;
}

/** The paths of every ancestor of a path, root first, excluding the path itself. */
export function ancestorRegionPaths(path: string): string[] {
  const codes = path.split('/').filter(Boolean);
  return codes.slice(0, -1).map((_, i) => `/${codes.slice(0, i + 1).join('/')}/`);
}

/** The region with an administrative code, or null. */
export function findRegionByCode(db: DbOrTx, code: string): Promise<Region | null> {
  return db.region.findUnique({ where: { code } });
}

/** The region with a materialized path, or null. */
export function findRegionByPath(db: DbOrTx, path: string): Promise<Region | null> {
  return db.region.findUnique({ where: { path } });
}

/** The direct children of a region, by code. */
export function listChildRegions(db: DbOrTx, parentId: number): Promise<Region[]> {
  return db.region.findMany({ where: { parentId }, orderBy: { code: 'asc' } });
}

/** Every region strictly below the region at `path`, ordered by path (so parents come before children). */
export function listDescendantRegions(db: DbOrTx, path: string): Promise<Region[]> {
  return db.region.findMany({
    where: { path: underRegionPath(path), NOT: { path } },
    orderBy: { path: 'asc' },
  });
}

/** The ancestors of the region at `path`, root first, excluding the region itself. */
export async function listAncestorRegions(db: DbOrTx, path: string): Promise<Region[]> {
  const rows = await db.region.findMany({ where: { path: { in: ancestorRegionPaths(path) } } });
  return rows.sort((a, b) => a.path.length - b.path.length);
}

/** What `upsertRegionByCode` writes. */
export interface RegionInput {
  code: string;
  name: string;
  level: RegionLevel;
  /** Code of the parent region, which must exist; null for a root (province). */
  parentCode: string | null;
}

/**
 * Creates the region with `code`, or updates its name and level. The path is computed from the parent's.
 * Moving an existing region under another parent is refused (CONFLICT): every path below it and every
 * institution's copied path would change, which is a migration, not an upsert.
 */
export function upsertRegionByCode(db: DbOrTx, input: RegionInput): Promise<Region> {
  return inTransaction(db, async (tx) => {
    const parent = input.parentCode === null ? null : await findRegionByCode(tx, input.parentCode);
    if (input.parentCode !== null && !parent) {
      throw new QueryRefusal('REGION_NOT_FOUND', { code: input.parentCode });
    }
    const path = childRegionPath(parent?.path ?? null, input.code);
    const existing = await findRegionByCode(tx, input.code);
    if (existing && existing.path !== path) {
      throw new QueryRefusal('REGION_MOVE_UNSUPPORTED', { code: input.code });
    }
    const fields = { name: input.name, level: input.level };
    return existing
      ? tx.region.update({ where: { id: existing.id }, data: fields })
      : tx.region.create({ data: { ...fields, code: input.code, path, parentId: parent?.id ?? null } });
  });
}
