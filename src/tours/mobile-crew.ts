import type { Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { appendAuditEntry, type AuditEntry } from '../db/queries/audit-log.js';
import { listActivePeopleOf } from '../db/queries/people.js';
import { grantRole } from '../db/queries/role-grants.js';
import { inTransaction, type Tx } from '../db/queries/transaction.js';
import { addTourTeamMembers, removeTourTeamMembers, type TourTeamRow } from '../db/queries/tours.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { localDate } from '../time/local.js';
import { requireTeamLeader } from './leader.js';
import { syncPlanAssignments } from './plan-assignments.js';

/**
 * `/队员 <姓名…>` by a mobile-hospital tour's leader: adds crew members, each a registered person of the
 * tour's hospital named once there. A provincial team's members come from its annex-2 roster, so its leader
 * is refused here. All names are checked before anything is written; members already on the crew are
 * skipped. The new members are physicians of the tour (the PHYSICIAN role, as the leader) and get the plan
 * already filed as assignments, so they check in where the tour is.
 */
export async function addMobileCrew(ctx: Context, names: readonly string[]): Promise<void> {
  const { team, personId } = await requireMobileLeader(ctx);
  const wanted = distinctNames(names);
  if (wanted.length === 0) throw badArguments('tours.crew.usage');
  const people = await listActivePeopleOf(ctx.db, team.hospitalId);
  const onCrew = new Set(team.members.map((member) => member.person.name));
  const adding = wanted.filter((name) => !onCrew.has(name));
  const found = adding.map((name) => ({ name, matches: people.filter((person) => person.name === name) }));
  const unknown = found.filter((entry) => entry.matches.length === 0).map((entry) => entry.name);
  if (unknown.length > 0) {
    throw badArguments('tours.crew.unknown', { names: unknown.join('、'), hospital: team.hospital.name });
  }
  const ambiguous = found.filter((entry) => entry.matches.length > 1).map((entry) => entry.name);
  if (ambiguous.length > 0) {
    throw badArguments('tours.crew.ambiguous', { names: ambiguous.join('、'), hospital: team.hospital.name });
  }
  const newMembers = found.flatMap((entry) => entry.matches);
  if (newMembers.length > 0) {
    const at = ctx.now();
    const countyId = team.counties[0]?.regionId ?? null;
    await inTransaction(ctx.db, async (tx) => {
      const post = ctx.t('tours.crew.post');
      await addTourTeamMembers(
        tx,
        team.id,
        newMembers.map((person) => ({ personId: person.id, post, specialty: '', countyId })),
      );
      for (const person of newMembers) {
        await grantRole(tx, { personId: person.id, role: 'PHYSICIAN', grantedById: personId, at });
      }
      await auditCrewChange(tx, ctx, team, at, 'tour.mobile.crew', {
        added: newMembers.map((person) => ({ id: person.id, name: person.name })),
      });
    });
    // After the commit, as `/巡回安排` does: a sync run again finishes an interrupted one.
    await syncPlanAssignments(ctx.db, team, { actorId: personId, at, today: localDate(at, ctx.timeZone) });
  }
  const crew = [...team.members.map((member) => member.person.name), ...newMembers.map((person) => person.name)];
  const already = wanted.filter((name) => onCrew.has(name));
  const key = newMembers.length > 0 ? 'tours.crew.added' : 'tours.crew.nothingNew';
  await ctx.reply(ctx.t(key, { label: team.label, crew: crew.join('、'), already: already.join('、') }));
}

/**
 * `/队员 移除 <姓名…>` by a mobile-hospital tour's leader: takes crew members off the tour. They stay on the
 * team's record marked removed (as a roster filed without them), their service days stay theirs, and the
 * plan sync cancels the tour's assignments that sent them out. The leader stays: a tour without its
 * leader is the hospital coordinator's to settle (`/撤销`). Every name is checked before anything is written.
 */
export async function removeMobileCrew(ctx: Context, names: readonly string[]): Promise<void> {
  const { team, personId } = await requireMobileLeader(ctx);
  const wanted = distinctNames(names);
  if (wanted.length === 0) throw badArguments('tours.crew.removeUsage');
  const crew = team.members.map((member) => member.person.name);
  const notOnCrew = wanted.filter((name) => !crew.includes(name));
  if (notOnCrew.length > 0) {
    throw badArguments('tours.crew.notOnCrew', {
      names: notOnCrew.join('、'),
      label: team.label,
      crew: crew.join('、'),
    });
  }
  const leaving = team.members.filter((member) => wanted.includes(member.person.name));
  if (leaving.some((member) => member.person.id === personId)) throw badArguments('tours.crew.leaderStays');
  const at = ctx.now();
  await inTransaction(ctx.db, async (tx) => {
    const removed = await removeTourTeamMembers(
      tx,
      team.id,
      leaving.map((member) => member.person.id),
      at,
    );
    // Two leaders' presses at once: the second removes nothing and writes no second entry.
    if (removed === 0) return;
    await auditCrewChange(tx, ctx, team, at, 'tour.mobile.crewRemoved', {
      removed: leaving.map((member) => ({ id: member.person.id, name: member.person.name })),
    });
  });
  await syncPlanAssignments(ctx.db, team, { actorId: personId, at, today: localDate(at, ctx.timeZone) });
  const staying = crew.filter((name) => !wanted.includes(name));
  await ctx.reply(
    ctx.t('tours.crew.removed', { label: team.label, removed: wanted.join('、'), crew: staying.join('、') }),
  );
}

/** The audit entry of a change to a mobile tour's crew, filed under the tour's team and hospital. */
async function auditCrewChange(
  tx: Tx,
  ctx: Context,
  team: TourTeamRow,
  at: Date,
  action: 'tour.mobile.crew' | 'tour.mobile.crewRemoved',
  details: AuditEntry['details'],
): Promise<void> {
  await appendAuditEntry(tx, {
    at,
    ...auditActorOf(ctx),
    action,
    entity: 'TourTeam',
    entityId: String(team.id),
    institutionId: team.hospitalId,
    supportingInstitutionId: team.hospitalId,
    details,
  });
}

/** The mobile-hospital tour the speaker leads, or a refusal (a provincial team's members are its roster). */
async function requireMobileLeader(ctx: Context): Promise<{ team: TourTeamRow; personId: number }> {
  const { team, personId } = await requireTeamLeader(ctx);
  if (team.vehicle === null) throw new BotError('FORBIDDEN', 'tours.crew.notMobile');
  return { team, personId };
}

/** The names typed, trimmed, each once. */
function distinctNames(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
}
