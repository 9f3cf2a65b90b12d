import type { SubscriptionTopic } from '../generated/sqlite/client.js';
import type { Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { resolveCoordinatorQuery } from '../coordinator/coordinator-query.js';
import { findInstitutionById, findInstitutionByNameOrAlias } from '../db/queries/institutions.js';
import { findRegionByPath } from '../db/queries/regions.js';
import { isCoordinator, rolesNamed } from '../permissions/actor-roles.js';
import { baseViewScope } from '../permissions/view-scope.js';

/** What a group subscribes to: one institution, one region, or (neither) everything. */
export interface SubscriptionTarget {
  institutionId: number | null;
  regionId: number | null;
  /** Where the subscription shows up in the audit log. */
  regionPath: string | null;
}

/**
 * Reads and checks what `/订阅 <topic> …` names. Schedules are of a recipient clinic or a region;
 * deadlines of a region or a supporting hospital, by default the caller's own one. Coordinators name what
 * lies in their view scope (`resolveCoordinatorQuery` refuses the rest); a clinic head only their clinic's
 * schedule. Naming nothing takes the caller's single region (or hospital, for deadlines).
 * @throws BotError BAD_ARGUMENTS, FORBIDDEN or OUT_OF_SCOPE with a polite message.
 */
export async function resolveSubscriptionTarget(
  ctx: Context,
  topic: SubscriptionTopic,
  tokens: readonly string[],
): Promise<SubscriptionTarget> {
  if (!ctx.actor.isAdmin && !isCoordinator(ctx.actor)) return clinicHeadTarget(ctx, topic, tokens);
  if (tokens.length === 0) return defaultTarget(ctx, topic);
  const { scope } = await resolveCoordinatorQuery(ctx, tokens);
  const { regionPath, recipientInstitutionId, supportingInstitutionId } = scope.within;
  if (regionPath !== undefined) return regionTarget(ctx, regionPath);
  const name = tokens.join('');
  if (recipientInstitutionId !== undefined) {
    if (topic === 'DEADLINES') throw badArguments('scheduler.broadcast.deadlineNeedsOwner');
    return institutionTarget(ctx, recipientInstitutionId);
  }
  if (supportingInstitutionId !== undefined) {
    if (topic === 'SCHEDULE') throw badArguments('scheduler.broadcast.scheduleNeedsPlace', { name });
    return institutionTarget(ctx, supportingInstitutionId);
  }
  throw badArguments('scheduler.broadcast.targetMissing');
}

/** A clinic head subscribes their own clinic's schedule, and nothing else. */
async function clinicHeadTarget(
  ctx: Context,
  topic: SubscriptionTopic,
  tokens: readonly string[],
): Promise<SubscriptionTarget> {
  if (topic === 'DEADLINES') throw new BotError('FORBIDDEN', 'scheduler.broadcast.deadlineForbidden');
  const own = rolesNamed(ctx.actor, 'CLINIC_HEAD').flatMap((held) => held.institutionId ?? []);
  const [first] = own;
  if (tokens.length === 0) {
    if (own.length === 1 && first !== undefined) return institutionTarget(ctx, first);
    throw badArguments('scheduler.broadcast.targetMissing');
  }
  const [named] = await findInstitutionByNameOrAlias(ctx.db, tokens.join(''));
  if (named && own.includes(named.id)) return institutionTarget(ctx, named.id);
  const clinic = first === undefined ? null : await findInstitutionById(ctx.db, first);
  throw new BotError('FORBIDDEN', 'scheduler.broadcast.clinicHeadOwnOnly', { clinic: clinic?.name ?? '' });
}

/** Nothing named: an administrator's deadlines are everything; otherwise the caller's one region or hospital. */
async function defaultTarget(ctx: Context, topic: SubscriptionTopic): Promise<SubscriptionTarget> {
  const base = baseViewScope(ctx.actor);
  if (topic === 'DEADLINES' && base.all) return { institutionId: null, regionId: null, regionPath: null };
  const [region] = base.regionPaths;
  const [hospital] = base.supportingInstitutionIds;
  if (base.regionPaths.length === 1 && base.supportingInstitutionIds.length === 0 && region) {
    return regionTarget(ctx, region);
  }
  if (topic === 'DEADLINES' && base.regionPaths.length === 0 && base.supportingInstitutionIds.length === 1) {
    if (hospital !== undefined) return institutionTarget(ctx, hospital);
  }
  throw badArguments('scheduler.broadcast.targetMissing');
}

async function regionTarget(ctx: Context, path: string): Promise<SubscriptionTarget> {
  const region = await findRegionByPath(ctx.db, path);
  if (!region) throw badArguments('scheduler.broadcast.targetMissing');
  return { institutionId: null, regionId: region.id, regionPath: region.path };
}

async function institutionTarget(ctx: Context, id: number): Promise<SubscriptionTarget> {
  const institution = await findInstitutionById(ctx.db, id);
  if (!institution) throw badArguments('scheduler.broadcast.targetMissing');
  return { institutionId: institution.id, regionId: null, regionPath: institution.regionPath };
}
