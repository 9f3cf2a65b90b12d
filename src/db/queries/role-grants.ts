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
  tourTeam: { select: { id: true, label: true, hospital: { select: { id: true, name: true, regionPath: true } } } },
} as const;

/** What a grant's scope is read from: the grant with its institution, region or team (and its hospital). */
type GrantRow = Pick<
  Prisma.RoleGrantGetPayload<{ include: typeof WITH_SCOPE }>,
  'id' | 'personId' | 'role' | 'grantedAt' | 'institution' | 'region' | 'tourTeam'
>;

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
  if (row.tourTeam) {
    scope.tourTeamId = row.tourTeam.id;
    scope.institutionId = row.tourTeam.hospital.id;
    scope.regionPath = row.tourTeam.hospital.regionPath;
  }
  const teamName = row.tourTeam ? `${row.tourTeam.hospital.name}${row.tourTeam.label}` : null;
  const scopeName = row.institution?.name ?? row.region?.name ?? teamName;
  return { id: row.id, personId: row.personId, role: row.role, scope, scopeName, grantedAt: row.grantedAt };
}

/**
 * A person's active grants, oldest first. One statement (every event resolves its speaker's roles, and
 * the relation includes would cost five), turned into the {@link GrantRow} that `grantRole` reads too.
 */
export async function activeGrantsOf(db: DbOrTx, personId: number): Promise<GrantRecord[]> {
  const rows = await db.$queryRaw<FlatGrantRow[]>`
    SELECT g.id, g.person_id AS "personId", g.role, g.granted_at AS "grantedAt",
      i.id AS "institutionId", i.name AS "institutionName", i.region_path AS "institutionRegionPath",
      r.id AS "regionId", r.name AS "regionName", r.path AS "regionPath",
      t.id AS "tourTeamId", t.label AS "tourTeamLabel",
      h.id AS "hospitalId", h.name AS "hospitalName", h.region_path AS "hospitalRegionPath"
    FROM role_grants g
    LEFT JOIN institutions i ON i.id = g.institution_id
    LEFT JOIN regions r ON r.id = g.region_id
    LEFT JOIN tour_teams t ON t.id = g.tour_team_id
    LEFT JOIN institutions h ON h.id = t.hospital_id
    WHERE g.person_id = ${personId} AND g.revoked_at IS NULL
    ORDER BY g.id`;
  return rows.map((row) => toRecord(nestedGrantRow(row)));
}

/** A grant joined with its scope's columns, one row per grant (null where the scope is of another kind). */
interface FlatGrantRow {
  id: number;
  personId: number;
  role: RoleName;
  grantedAt: Date;
  institutionId: number | null;
  institutionName: string | null;
  institutionRegionPath: string | null;
  regionId: number | null;
  regionName: string | null;
  regionPath: string | null;
  tourTeamId: number | null;
  tourTeamLabel: string | null;
  hospitalId: number | null;
  hospitalName: string | null;
  hospitalRegionPath: string | null;
}

function nestedGrantRow(row: FlatGrantRow): GrantRow {
  const place = (id: number | null, name: string | null, regionPath: string | null) =>
    id === null || name === null || regionPath === null ? null : { id, name, regionPath };
  const hospital = place(row.hospitalId, row.hospitalName, row.hospitalRegionPath);
  return {
    id: row.id,
    personId: row.personId,
    role: row.role,
    grantedAt: row.grantedAt,
    institution: place(row.institutionId, row.institutionName, row.institutionRegionPath),
    region:
      row.regionId === null || row.regionName === null || row.regionPath === null
        ? null
        : { id: row.regionId, name: row.regionName, path: row.regionPath },
    tourTeam:
      row.tourTeamId === null || row.tourTeamLabel === null || hospital === null
        ? null
        : { id: row.tourTeamId, label: row.tourTeamLabel, hospital },
  };
}

/** A person's active roles as permission checks take them. */
export async function activeRolesOf(db: DbOrTx, personId: number): Promise<ScopedRole[]> {
  return (await activeGrantsOf(db, personId)).map((grant) => grant.scope);
}

/**
 * A grant to make. Give `institutionId` for institution roles, `regionId` for region coordinators,
 * `tourTeamId` for a team leader.
 */
export interface GrantInput {
  personId: number;
  role: RoleName;
  institutionId?: number | null;
  regionId?: number | null;
  tourTeamId?: number | null;
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
  const tourTeamId = input.tourTeamId ?? null;
  const given = [institutionId, regionId, tourTeamId].filter((id) => id !== null).length;
  const kind = scopeKindOf(input.role);
  const fits =
    kind === 'none'
      ? given === 0
      : given === 1 && { institution: institutionId, region: regionId, team: tourTeamId }[kind] !== null;
  if (!fits) throw new QueryRefusal('SCOPE_MISMATCH');
  const same = { personId: input.personId, role: input.role, institutionId, regionId, tourTeamId, revokedAt: null };
  const existing = await db.roleGrant.findFirst({ where: same, include: WITH_SCOPE, orderBy: { id: 'asc' } });
  if (existing) return { grant: toRecord(existing), created: false };
  const created = await db.roleGrant.create({
    data: {
      personId: input.personId,
      role: input.role,
      institutionId,
      regionId,
      tourTeamId,
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
