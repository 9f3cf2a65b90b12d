import type { Person, Prisma } from '../../generated/sqlite/client.js';
import type { RoleName, ScopedRole } from '../../domain/roles.js';
import { QueryRefusal } from '../query-refusal.js';
import { scopeKindOf } from '../../permissions/grants.js';
import { regionPathAncestry, regionPathDepth } from '../../permissions/region-path.js';
import type { DbOrTx } from '../client.js';

/**
 * Role grants. A grant is never deleted: revoking stamps `revokedAt`/`revokedById`, so who could do
 * what, when, stays provable. "Active" means not revoked.
 */

const WITH_SCOPE = {
  institution: { select: { id: true, name: true, regionPath: true } },
  region: { select: { id: true, name: true, path: true } },
} as const;

type GrantRow = Prisma.RoleGrantGetPayload<{ include: typeof WITH_SCOPE }>;

/** An active grant with its scope resolved. */
export interface GrantRecord {
  id: number;
  personId: number;
  role: RoleName;
  scope: ScopedRole;
  /** Name of the institution or region the role is held for; null for physician and administrator. */
  scopeName: string | null;
  grantedAt: Date;
}

function toRecord(row: GrantRow): GrantRecord {
  const scope: ScopedRole = { role: row.role };
  if (row.institution) {
    scope.institutionId = row.institution.id;
    scope.regionPath = row.institution.regionPath;
  }
  if (row.region) {
    scope.regionId = row.region.id;
    scope.regionPath = row.region.path;
  }
  const scopeName = row.institution?.name ?? row.region?.name ?? null;
  return { id: row.id, personId: row.personId, role: row.role, scope, scopeName, grantedAt: row.grantedAt };
}

/** A person's active grants, oldest first. */
export async function activeGrantsOf(db: DbOrTx, personId: number): Promise<GrantRecord[]> {
  const rows = await db.roleGrant.findMany({
    where: { personId, revokedAt: null },
    include: WITH_SCOPE,
    orderBy: { id: 'asc' },
  });
  return rows.map(toRecord);
}

/** A person's active roles as permission checks take them. */
export async function activeRolesOf(db: DbOrTx, personId: number): Promise<ScopedRole[]> {
  return (await activeGrantsOf(db, personId)).map((grant) => grant.scope);
}

/** A grant to make. Give `institutionId` for institution roles, `regionId` for region coordinators. */
export interface GrantInput {
  personId: number;
  role: RoleName;
  institutionId?: number | null;
  regionId?: number | null;
  grantedById: number | null;
  at: Date;
}

/**
 * Grants a role, unless the person already holds exactly that role with that scope (then the existing
 * grant is returned and nothing is written).
 * @throws QueryRefusal SCOPE_MISMATCH when the scope does not fit the role (see `scopeKindOf`).
 */
export async function grantRole(db: DbOrTx, input: GrantInput): Promise<{ grant: GrantRecord; created: boolean }> {
  const institutionId = input.institutionId ?? null;
  const regionId = input.regionId ?? null;
  const kind = scopeKindOf(input.role);
  const fits =
    (kind === 'institution' && institutionId !== null && regionId === null) ||
    (kind === 'region' && regionId !== null && institutionId === null) ||
    (kind === 'none' && institutionId === null && regionId === null);
  if (!fits) throw new QueryRefusal('SCOPE_MISMATCH');
  const same = { personId: input.personId, role: input.role, institutionId, regionId, revokedAt: null };
  const existing = await db.roleGrant.findFirst({ where: same, include: WITH_SCOPE, orderBy: { id: 'asc' } });
  if (existing) return { grant: toRecord(existing), created: false };
  const created = await db.roleGrant.create({
    data: {
      personId: input.personId,
      role: input.role,
      institutionId,
      regionId,
      grantedById: input.grantedById,
      grantedAt: input.at,
    },
    include: WITH_SCOPE,
  });
  return { grant: toRecord(created), created: true };
}

/** Revokes one grant; false when it was already revoked (or does not exist). */
export async function revokeGrant(
  db: DbOrTx,
  input: { grantId: number; revokedById: number | null; at: Date },
): Promise<boolean> {
  const { count } = await db.roleGrant.updateMany({
    where: { id: input.grantId, revokedAt: null },
    data: { revokedAt: input.at, revokedById: input.revokedById },
  });
  return count === 1;
}

/** Active people holding an active grant that matches `where`, each once, by id. */
async function activeHolders(db: DbOrTx, where: Prisma.RoleGrantWhereInput): Promise<Person[]> {
  const rows = await db.roleGrant.findMany({
    where: { ...where, revokedAt: null, person: { active: true } },
    include: { person: true },
    orderBy: { personId: 'asc' },
  });
  return [...new Map(rows.map((row) => [row.personId, row.person])).values()];
}

/** The clinic heads or the hospital coordinators of an institution. */
export function institutionRoleHolders(
  db: DbOrTx,
  role: 'CLINIC_HEAD' | 'HOSPITAL_COORDINATOR',
  institutionId: number,
): Promise<Person[]> {
  return activeHolders(db, { role, institutionId });
}

/** The coordinators of exactly this region (not those above it). */
export function regionCoordinatorsOf(db: DbOrTx, regionId: number): Promise<Person[]> {
  return activeHolders(db, { role: 'REGION_COORDINATOR', regionId });
}

/** A region coordinator and the region they hold the role for. */
export interface RegionCoordinator {
  person: Person;
  regionId: number;
  regionPath: string;
}

/**
 * The region coordinators whose region contains `regionPath` (that region itself included), nearest
 * first: for a township's path, the county coordinators, then the city's, then the province's.
 */
export async function regionCoordinatorsAbove(db: DbOrTx, regionPath: string): Promise<RegionCoordinator[]> {
  const rows = await db.roleGrant.findMany({
    where: {
      role: 'REGION_COORDINATOR',
      revokedAt: null,
      person: { active: true },
      region: { path: { in: regionPathAncestry(regionPath) } },
    },
    include: { person: true, region: { select: { id: true, path: true } } },
    orderBy: { id: 'asc' },
  });
  const coordinators = rows.flatMap((row) =>
    row.region ? [{ person: row.person, regionId: row.region.id, regionPath: row.region.path }] : [],
  );
  return coordinators.sort((a, b) => regionPathDepth(b.regionPath) - regionPathDepth(a.regionPath));
}
