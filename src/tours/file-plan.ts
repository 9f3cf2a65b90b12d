import type { Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { refreshWeeklyBroadcasts } from '../broadcast/weekly-visits.js';
import { sortAssignmentWords } from '../coordinator/assignment-input.js';
import type { DbOrTx } from '../db/client.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { findInstitutionByNameOrAlias, listInstitutionPlaces } from '../db/queries/institutions.js';
import { findProgramById } from '../db/queries/programs.js';
import { inTransaction } from '../db/queries/transaction.js';
import { fileTourPlan, submitTourObligation, type TourTeamRow } from '../db/queries/tours.js';
import { ensureTeamObligations } from './tour-obligations.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { isWithinRegionPath } from '../permissions/region-path.js';
import { localDate } from '../time/local.js';
import { requireTeamLeader } from './leader.js';
import { syncPlanAssignments, type PlanSync } from './plan-assignments.js';

/**
 * `/巡回安排 <日期…> <地点> [活动]` by a team leader: the team works at that place (the county hospital or a
 * township health center of one of the team's counties) on those days; a day already planned moves. The
 * members' assignments follow (`plan-assignments.ts`), so they check in there and see it in `/排班`. The
 * checks (`planPlace`, `planDateOutsideWindow`) and the filing (`applyTeamPlan`) are also the plan file's
 * (`plan-file/`).
 */
export async function fileTeamPlan(ctx: Context, tokens: readonly string[]): Promise<void> {
  const { team, today, personId } = await requireTeamLeader(ctx);
  const { names, when } = sortAssignmentWords(tokens, today);
  const [placeName, ...activityWords] = names;
  if (!placeName || !when || when.plannedDates.length === 0) throw badArguments('tours.plan.usage');
  const place = await planPlace(ctx.db, team, placeName);
  if ('problem' in place) throw badArguments(place.problem.key, place.problem.params);
  const window = await planDateOutsideWindow(ctx.db, team, when.plannedDates);
  if (window) throw badArguments(window.key, window.params);
  const activity = activityWords.join(' ');
  const days = when.plannedDates.map((date) => ({ date, institutionId: place.id, activity }));
  const sync = await applyTeamPlan(ctx, team, days, personId);
  if (!sync) return;
  const dates = when.plannedDates.map((d) => d.slice(5)).join('、');
  const lines = [
    ctx.t('tours.plan.filed', { dates, place: place.name, activity: activity || '—', members: team.members.length }),
    ...clashLines(ctx, team, sync),
  ];
  await ctx.reply(lines.join('\n'));
}

/** A problem of a plan line, as a message key and its parameters. */
export interface PlanProblem {
  key: string;
  params: Record<string, string | number>;
}

/** A place of the plan: a county hospital or township health center in one of the team's counties. */
export async function planPlace(
  db: DbOrTx,
  team: TourTeamRow,
  name: string,
): Promise<{ id: number; name: string; regionPath: string } | { problem: PlanProblem }> {
  const countyPaths = team.counties.map((c) => c.region.path);
  const place = (await findInstitutionByNameOrAlias(db, name)).find((i) =>
    countyPaths.some((path) => isWithinRegionPath(i.regionPath, path)),
  );
  if (place) return place;
  const counties = team.counties.map((c) => c.region.name).join('、');
  return { problem: { key: 'tours.plan.unknownPlace', params: { place: name, counties } } };
}

/** The first date outside the team's program window, as a problem, or null. */
export async function planDateOutsideWindow(
  db: DbOrTx,
  team: { programId: number },
  dates: readonly string[],
): Promise<PlanProblem | null> {
  const program = await findProgramById(db, team.programId);
  const outside = dates.find((d) => program && (d < program.startDate || d > program.endDate));
  if (!program || !outside) return null;
  return { key: 'tours.plan.outsideWindow', params: { date: outside, start: program.startDate, end: program.endDate } };
}

/**
 * Files plan days of the leader's team: the days set or moved, the plan obligation submitted, audited, in one
 * transaction; then the members' assignments follow and the residents' weekly cards of the places change.
 * `claim` (a staged plan file's) runs first in the transaction: when it returns false nothing is filed (null).
 */
export async function applyTeamPlan(
  ctx: Context,
  team: TourTeamRow,
  days: readonly { date: string; institutionId: number; activity: string }[],
  personId: number,
  claim?: (tx: DbOrTx) => Promise<boolean>,
): Promise<PlanSync | null> {
  const at = ctx.now();
  const program = await findProgramById(ctx.db, team.programId);
  const places = await listInstitutionPlaces(ctx.db, [...new Set(days.map((d) => d.institutionId))]);
  const filed = await inTransaction(ctx.db, async (tx) => {
    if (claim && !(await claim(tx))) return false;
    await fileTourPlan(tx, team.id, days, at);
    if (program) await ensureTeamObligations(tx, program, team.hospitalId);
    await submitTourObligation(tx, team, 'plan', { actorId: personId, at });
    for (const place of places) {
      const dates = days.filter((d) => d.institutionId === place.id);
      await appendAuditEntry(tx, {
        at,
        ...auditActorOf(ctx),
        action: 'tour.plan.file',
        entity: 'TourTeam',
        entityId: String(team.id),
        regionPath: place.regionPath,
        institutionId: place.id,
        supportingInstitutionId: team.hospitalId,
        details: { dates: dates.map((d) => d.date), activity: dates[0]?.activity ?? '' },
      });
    }
    return true;
  });
  if (!filed) return null;
  const sync = await syncPlanAssignments(ctx.db, team, { actorId: personId, at, today: localDate(at, ctx.timeZone) });
  // The residents' weekly card of this week already sent (or queued) shows the team's new days.
  for (const place of places) await refreshWeeklyBroadcasts(ctx, place);
  return sync;
}

/** A line per member left out of a day because they are planned elsewhere. */
export function clashLines(ctx: Context, team: TourTeamRow, sync: PlanSync): string[] {
  const name = (id: number) => team.members.find((m) => m.personId === id)?.person.name ?? String(id);
  return sync.clashes.map((clash) => ctx.t('tours.plan.clash', { name: name(clash.personId), date: clash.date }));
}
