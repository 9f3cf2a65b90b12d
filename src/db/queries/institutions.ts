import type { Institution, InstitutionKind, ParticipantSide } from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import type { DbOrTx } from '../client.js';
import { literalContainsPrefilter, underRegionPath } from './filters.js';
import { isGenericName, joinAliases, nameCore, nameSimilarity, splitAliases } from './institution-names.js';
import { findRegionByCode } from './regions.js';

/** How many candidates a fuzzy name search considers before ranking. */
const NAME_CANDIDATE_LIMIT = 50;

/** The institution with an id, or null. */
export function findInstitutionById(db: DbOrTx, id: number): Promise<Institution | null> {
  return db.institution.findUnique({ where: { id } });
}

/** The institutions with these ids (unknown ids are left out; no order). */
export function listInstitutionsByIds(db: DbOrTx, ids: readonly number[]): Promise<Institution[]> {
  return db.institution.findMany({ where: { id: { in: [...new Set(ids)] } } });
}

/** The institution with a stable external code, or null. */
export function findInstitutionByCode(db: DbOrTx, code: string): Promise<Institution | null> {
  return db.institution.findUnique({ where: { code } });
}

/** Narrows institution searches and listings. */
export interface InstitutionFilter {
  /** Only institutions in the subtree of this region path. */
  regionPath?: string;
  /** Only institutions of these kinds. */
  kinds?: InstitutionKind[];
}

function filterWhere(filter: InstitutionFilter) {
  return {
    ...(filter.regionPath ? { regionPath: underRegionPath(filter.regionPath) } : {}),
    ...(filter.kinds ? { kind: { in: filter.kinds } } : {}),
  };
}

/**
 * Institutions matching what a person typed, best first. When the text equals a name or an alias exactly,
 * only those exact matches are returned; otherwise every institution whose name or aliases contain the
 * text's distinctive core (see `nameCore`), ranked by similarity; purely generic text (`卫生院`) matches
 * nothing. An empty result means no match; more than one means the caller should ask which.
 */
export async function findInstitutionByNameOrAlias(
  db: DbOrTx,
  text: string,
  filter: InstitutionFilter = {},
): Promise<Institution[]> {
  const query = text.trim();
  const core = nameCore(query);
  if (!core) return [];
  const where = filterWhere(filter);
  // `%` and `_` are characters here: the database gets a wildcard-free prefilter, the exact test is ours.
  const queryLike = literalContainsPrefilter(query);
  const coreLike = literalContainsPrefilter(core);
  if (!queryLike || !coreLike) return [];
  const spelledOut = await db.institution.findMany({
    where: { ...where, OR: [{ name: query }, { aliases: queryLike }] },
    orderBy: { id: 'asc' },
  });
  const exact = spelledOut.filter((i) => i.name === query || splitAliases(i.aliases).includes(query));
  if (exact.length > 0) return exact;
  if (isGenericName(core)) return [];
  const candidates = (
    await db.institution.findMany({
      where: { ...where, OR: [{ name: coreLike }, { aliases: coreLike }] },
      orderBy: { id: 'asc' },
      take: NAME_CANDIDATE_LIMIT,
    })
  ).filter((i) => i.name.includes(core) || i.aliases.includes(core));
  const score = (i: Institution) =>
    Math.max(...[i.name, ...splitAliases(i.aliases)].map((name) => nameSimilarity(query, name)));
  const scored = candidates.map((institution) => ({ institution, score: score(institution) }));
  return scored.sort((a, b) => b.score - a.score).map((s) => s.institution);
}

/** Institutions in the subtree of a region path, by name. */
export function listInstitutionsInRegion(
  db: DbOrTx,
  regionPath: string,
  filter: Omit<InstitutionFilter, 'regionPath'> = {},
): Promise<Institution[]> {
  return db.institution.findMany({ where: filterWhere({ ...filter, regionPath }), orderBy: { name: 'asc' } });
}

/** The institutions taking part in a program on one side: RECIPIENT (受援单位) or SUPPORTING (支援单位). */
export function listProgramInstitutions(
  db: DbOrTx,
  programId: number,
  side: ParticipantSide,
  filter: InstitutionFilter = {},
): Promise<Institution[]> {
  return db.institution.findMany({
    where: { ...filterWhere(filter), participations: { some: { programId, side } } },
    orderBy: { name: 'asc' },
  });
}

/** What `upsertInstitutionByCode` writes. */
export interface InstitutionInput {
  code: string;
  name: string;
  aliases?: string[];
  kind: InstitutionKind;
  /** Code of the region it is in, which must exist. */
  regionCode: string;
  address?: string;
  latitude?: number | null;
  longitude?: number | null;
  geofenceRadiusM?: number | null;
}

/**
 * Creates the institution with `code` or updates it to the given values, copying its region's path into
 * `regionPath` (so scope filters need no join). An unknown region code is NOT_FOUND.
 */
export async function upsertInstitutionByCode(db: DbOrTx, input: InstitutionInput): Promise<Institution> {
  const { regionCode, aliases, ...fields } = input;
  const region = await findRegionByCode(db, regionCode);
  if (!region) throw new QueryRefusal('REGION_NOT_FOUND', { code: regionCode });
  const data = {
    ...fields,
    ...(aliases ? { aliases: joinAliases(aliases) } : {}),
    regionId: region.id,
    regionPath: region.path,
  };
  return db.institution.upsert({ where: { code: input.code }, create: data, update: data });
}

/** Institutions by id (those that exist), with the region path a scope or a broadcast needs. */
export function listInstitutionPlaces(db: DbOrTx, ids: readonly number[]) {
  return db.institution.findMany({ where: { id: { in: [...ids] } }, select: { id: true, regionPath: true } });
}
