import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { findTeamLedBy, type TourTeamRow } from '../db/queries/tours.js';
import { localDate } from '../time/local.js';

/**
 * The team the speaker leads in a tour program running (or about to run) today, or a polite refusal: the
 * team leader role is held by being a team's named leader, so it is scoped to that team alone.
 */
export async function requireTeamLeader(ctx: Context): Promise<{ team: TourTeamRow; today: string; personId: number }> {
  const today = localDate(ctx.now(), ctx.timeZone);
  const person = ctx.actor.person;
  const team = person ? await findTeamLedBy(ctx.db, person.id, today) : null;
  if (!person || !team) throw new BotError('FORBIDDEN', 'tours.leader.notLeader');
  return { team, today, personId: person.id };
}
