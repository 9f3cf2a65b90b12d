import type { TeamDetail } from '../../cards/tour-overview.js';
import type { Context } from '../core/context.js';
import { findTourTeam, listPlanDays } from '../db/queries/tours.js';
import { baseViewScope } from '../permissions/view-scope.js';
import { addDays, localDate } from '../time/local.js';
import { currentTourProgram, tourOverview, type TourOverview } from './tour-overview.js';

/**
 * The `/巡回` card's data for the speaker, or null when there is no tour program to show (the command and
 * the drill-down button both start here, so both see the same scope and program).
 */
export async function overviewFor(ctx: Context): Promise<TourOverview | null> {
  const today = localDate(ctx.now(), ctx.timeZone);
  const mobile = await currentTourProgram(ctx.db, today, ['MOBILE_HOSPITAL']);
  const main = (await currentTourProgram(ctx.db, today, ['PROVINCIAL_TEAM_TOUR'])) ?? mobile;
  if (!main) return null;
  const at = { now: ctx.now(), timeZone: ctx.timeZone };
  return tourOverview(ctx.db, baseViewScope(ctx.actor), { main, mobile }, at);
}

/** One team of the overview with its roster and its next seven days, or null when not in the speaker's view. */
export async function teamDetailFor(ctx: Context, teamId: number): Promise<TeamDetail | null> {
  const overview = await overviewFor(ctx);
  const teams = [...(overview?.teams ?? []), ...(overview?.mobile?.teams ?? [])];
  const team = teams.find((candidate) => candidate.teamId === teamId);
  const row = team ? await findTourTeam(ctx.db, teamId) : null;
  if (!overview || !team || !row) return null;
  const countyName = (id: number | null) => row.counties.find((c) => c.region.id === id)?.region.name ?? '';
  const days = await listPlanDays(ctx.db, [teamId], { from: overview.today, to: addDays(overview.today, 6) });
  return {
    team,
    program: (overview.mobile?.teams.includes(team) ? overview.mobile.program : overview.program).name,
    members: row.members.map((m) => ({
      name: m.person.name,
      post: m.post,
      specialty: m.specialty,
      county: countyName(m.countyId),
      leader: row.leaderGrants.some((grant) => grant.personId === m.personId),
    })),
    upcoming: days.map((d) => ({ date: d.date, place: d.institution.name, activity: d.activity })),
  };
}
