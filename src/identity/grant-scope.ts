import type { Context, RoleName } from '../core/context.js';
import { BotError } from '../core/errors.js';
import type { GrantRecord } from '../db/queries/role-grants.js';
import type { InstitutionKind } from '../generated/sqlite/client.js';
import { findInstitutionByCode, findInstitutionByNameOrAlias } from '../db/queries/institutions.js';
import { findRegionByCode } from '../db/queries/regions.js';
import { findRegionsByName } from '../db/queries/region-names.js';
import { scopeKindOf, type GrantScope } from '../permissions/grants.js';
import { roleLabel } from './role-words.js';

/** A grant scope found from what the speaker typed, with the ids to store and the name to show. */
export interface ResolvedGrantScope {
  scope: GrantScope;
  institutionId: number | null;
  regionId: number | null;
  /** The institution's or region's name; null for roles without a scope. */
  name: string | null;
  /** The institution's kind, for institution-scoped roles. */
  institutionKind?: InstitutionKind;
}

/** How many candidate names an "ambiguous" reply lists. */
const CANDIDATES_SHOWN = 5;

/**
 * The scope `text` names for `role`: an institution (by code, name or alias) for clinic heads and
 * hospital coordinators, a region (by division code or name) for region coordinators, nothing for the
 * others.
 * @throws BotError BAD_ARGUMENTS when the scope is missing or not wanted, NOT_FOUND when nothing matches,
 *   CONFLICT when several match.
 */
export async function resolveGrantScope(
  ctx: Pick<Context, 'db' | 't' | 'locale'>,
  role: RoleName,
  text: string,
): Promise<ResolvedGrantScope> {
  const typed = text.trim();
  const label = roleLabel(ctx.locale, role);
  switch (scopeKindOf(role)) {
    case 'none':
      if (typed !== '') throw new BotError('BAD_ARGUMENTS', 'identity.scopeNotNeeded', { role: label, scope: typed });
      return { scope: { kind: 'none' }, institutionId: null, regionId: null, name: null };
    case 'institution': {
      if (typed === '') throw new BotError('BAD_ARGUMENTS', 'identity.needInstitution', { role: label });
      const byCode = await findInstitutionByCode(ctx.db, typed);
      const found = byCode ? [byCode] : await findInstitutionByNameOrAlias(ctx.db, typed);
      const institution = single(ctx, typed, found, 'identity.institutionNotFound');
      return {
        scope: { kind: 'institution', institution: { id: institution.id, regionPath: institution.regionPath } },
        institutionId: institution.id,
        regionId: null,
        name: institution.name,
        institutionKind: institution.kind,
      };
    }
    case 'team':
      // A leader is appointed by the roster that names them (or dismissed with /撤销), never by hand.
      throw new BotError('BAD_ARGUMENTS', 'tours.leader.grantByRoster', { role: label });
    case 'region': {
      if (typed === '') throw new BotError('BAD_ARGUMENTS', 'identity.needRegion', { role: label });
      const byCode = /^\d+$/.test(typed) ? await findRegionByCode(ctx.db, typed) : null;
      const found = byCode ? [byCode] : await findRegionsByName(ctx.db, typed);
      const region = single(ctx, typed, found, 'identity.regionNotFound');
      return {
        scope: { kind: 'region', region: { id: region.id, path: region.path } },
        institutionId: null,
        regionId: region.id,
        name: region.name,
      };
    }
  }
}

/** The one match, or a coded refusal naming what was typed (and the candidates when several match). */
function single<T extends { name: string }>(
  ctx: Pick<Context, 't'>,
  typed: string,
  found: readonly T[],
  notFoundKey: string,
): T {
  const [first, ...rest] = found;
  if (!first) throw new BotError('NOT_FOUND', notFoundKey, { text: typed });
  if (rest.length > 0) {
    const candidates = found
      .slice(0, CANDIDATES_SHOWN)
      .map((match) => match.name)
      .join(ctx.t('identity.listSeparator'));
    throw new BotError('CONFLICT', 'identity.scopeAmbiguous', { text: typed, candidates });
  }
  return first;
}

/** The scope of an existing grant, as permission checks take it. */
export function scopeOfGrant(grant: GrantRecord): GrantScope {
  const { institutionId, regionId, regionPath, tourTeamId } = grant.scope;
  if (tourTeamId !== undefined && institutionId !== undefined && regionPath !== undefined) {
    return { kind: 'team', team: { id: tourTeamId, hospital: { id: institutionId, regionPath } } };
  }
  if (institutionId !== undefined && regionPath !== undefined) {
    return { kind: 'institution', institution: { id: institutionId, regionPath } };
  }
  if (regionId !== undefined && regionPath !== undefined)
    return { kind: 'region', region: { id: regionId, path: regionPath } };
  return { kind: 'none' };
}
