import type { Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { refreshWeeklyBroadcasts } from '../broadcast/weekly-visits.js';
import { sortAssignmentWords } from '../coordinator/assignment-input.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { findInstitutionByNameOrAlias } from '../db/queries/institutions.js';
import { findProgramById } from '../db/queries/programs.js';
import { inTransaction } from '../db/queries/transaction.js';
import { fileTourPlan, submitTourObligation } from '../db/queries/tours.js';
import { ensureTeamObligations } from './tour-obligations.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { isWithinRegionPath } from '../permissions/region-path.js';
import { requireTeamLeader } from './leader.js';
import { syncPlanAssignments } from './plan-assignments.js';

/**
 * `/巡回安排 <日期…> <地点> [活动]` by a team leader: the team works at that place (the county hospital or a
 * township health center of one of the team's counties) on those days; a day already planned moves. The
 * members' assignments follow (`plan-assignments.ts`), so they check in there and see it in `/排班`.
 */
export async function fileTeamPlan(ctx: Context, tokens: readonly string[]): Promise<void> {
  const { team, today, personId } = await requireTeamLeader(ctx);
  const { names, when } = sortAssignmentWords(tokens, today);
  const [placeName, ...activityWords] = names;
  if (!placeName || !when || when.plannedDates.length === 0) throw badArguments('tours.plan.usage');
  const countyPaths = team.counties.map((c) => c.region.path);
  const place = (await findInstitutionByNameOrAlias(ctx.db, placeName)).find((i) =>
    countyPaths.some((path) => isWithinRegionPath(i.regionPath, path)),
  );
  const counties = team.counties.map((c) => c.region.name).join('、');
  if (!place) throw badArguments('tours.plan.unknownPlace', { place: placeName, counties });
  const program = await findProgramById(ctx.db, team.programId);
  const outside = when.plannedDates.find((d) => program && (d < program.startDate || d > program.endDate));
  if (program && outside) {
    throw badArguments('tours.plan.outsideWindow', { date: outside, start: program.startDate, end: program.endDate });
  }
  const activity = activityWords.join(' ');
  const at = ctx.now();
  await inTransaction(ctx.db, async (tx) => {
    const days = when.plannedDates.map((date) => ({ date, institutionId: place.id, activity }));
    await fileTourPlan(tx, team.id, days, at);
    if (program) await ensureTeamObligations(tx, program, team.hospitalId);
    await submitTourObligation(tx, team, 'plan', { actorId: personId, at });
    await appendAuditEntry(tx, {
      at,
      ...auditActorOf(ctx),
      action: 'tour.plan.file',
      entity: 'TourTeam',
      entityId: String(team.id),
      regionPath: place.regionPath,
      institutionId: place.id,
      supportingInstitutionId: team.hospitalId,
      details: { dates: when.plannedDates, activity },
    });
  });
  const sync = await syncPlanAssignments(ctx.db, team, { actorId: personId, at });
  // The residents' weekly card of this week already sent (or queued) shows the team's new day.
  await refreshWeeklyBroadcasts(ctx, place);
  const dates = when.plannedDates.map((d) => d.slice(5)).join('、');
  const lines = [
    ctx.t('tours.plan.filed', { dates, place: place.name, activity: activity || '—', members: team.members.length }),
  ];
  const name = (id: number) => team.members.find((m) => m.personId === id)?.person.name ?? String(id);
  for (const clash of sync.clashes)
    lines.push(ctx.t('tours.plan.clash', { name: name(clash.personId), date: clash.date }));
  await ctx.reply(lines.join('\n'));
}
