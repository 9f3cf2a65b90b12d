import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { findTeamLedBy, type TourTeamRow } from '../db/queries/tours.js';
import { leadsTeam, teamsLedBy } from '../permissions/tours.js';
import { localDate } from '../time/local.js';

/**
 * The team the speaker leads in a tour program running (or about to run) today, or a polite refusal: the
 * TEAM_LEADER role is scoped to one team (`leadsTeam`), so a member or another team's leader is refused.
 */
export async function requireTeamLeader(ctx: Context): Promise<{ team: TourTeamRow; today: string; personId: number }> {
  const today = localDate(ctx.now(), ctx.timeZone);
  const person = ctx.actor.person;
  const team = person ? await findTeamLedBy(ctx.db, teamsLedBy(ctx.actor), today) : null;
  if (!person || !team || !leadsTeam(ctx.actor, team.id)) throw new BotError('FORBIDDEN', 'tours.leader.notLeader');
  return { team, today, personId: person.id };
}
