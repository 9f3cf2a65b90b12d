import { weeklyVisitsCard, type WeeklyTourDay, type WeeklyVisit } from '../../cards/weekly-visits.js';
import type { Card } from '../core/card.js';
import type { Notifier } from '../core/create-context.js';
import { listSubscriptionsCoveringInstitution, type SubscriptionView } from '../db/queries/groups.js';
import { listPlannedVisitsBetween, type PlannedVisit } from '../db/queries/planned-visits.js';
import { listTourDaysBetween, type PublicTourDay } from '../db/queries/tours.js';
import { isTourKind } from '../domain/tour-kinds.js';
import { physicianView } from '../physician/person-labels.js';
import { addDays, localDate } from '../time/local.js';
import { subscriptionScopeLabel } from './subscription-labels.js';

/**
 * The weekly card of expert visits a group subscribed to (a clinic's or a region's), and keeping the
 * sent card current when assignments change during its week.
 */

/** The ledger purpose of the weekly card. */
export const WEEKLY_VISITS_PURPOSE = 'broadcast.schedule';

/** The Monday of the week (Monday to Sunday) a local date falls in. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The notice key of a subscription's card for a week: one card per subscription and week. */
function weeklyKey(subscription: SubscriptionView, monday: string): string {
  return `${subscription.id}:${monday}`;
}

/** The card of a subscription for the week starting `monday`, from the plans as they are now. */
export async function weeklyVisitsCardFor(
  sender: Notifier,
  subscription: SubscriptionView,
  monday: string,
): Promise<Card> {
  const sunday = addDays(monday, 6);
  const place = { institutionId: subscription.institutionId, regionPath: subscription.region?.path ?? null };
  const visits = await listPlannedVisitsBetween(sender.db, monday, sunday, place);
  const tours = await listTourDaysBetween(sender.db, monday, sunday, place);
  const days = new Map<string, WeeklyVisit[]>();
  // A tour member's visit is their team's day, shown once for the team (`weeklyTourDay`).
  for (const visit of visits.filter((v) => !isTourKind(v.assignment.program.kind))) {
    const list = days.get(visit.date) ?? [];
    list.push(weeklyVisit(sender, visit));
    days.set(visit.date, list);
  }
  return weeklyVisitsCard(sender.locale, {
    place: subscriptionScopeLabel(sender, subscription),
    monday,
    sunday,
    days: [...days].map(([date, list]) => ({ date, visits: list })),
    tours: tours.map((day) => weeklyTourDay(sender, day)),
  });
}

function weeklyTourDay(sender: Notifier, day: PublicTourDay): WeeklyTourDay {
  const { team, institution } = day;
  const hospital = team.hospital.name;
  const who = team.vehicle
    ? sender.t('scheduler.broadcast.week.mobileHospital', { hospital, vehicle: team.vehicle })
    : sender.t('scheduler.broadcast.week.provincialTeam', { hospital });
  const place = institution.address ? `${institution.name}（${institution.address}）` : institution.name;
  return { date: day.date, team: who, place, activity: day.activity };
}

function weeklyVisit(sender: Notifier, visit: PlannedVisit): WeeklyVisit {
  const { physician, institution } = visit.assignment;
  return { physician: physicianView(sender.locale, physician), clinic: institution.name, address: institution.address };
}

/** Queues a subscription's card for the week starting `monday` to its group (once per subscription and week). */
export async function sendWeeklyVisits(
  sender: Notifier,
  subscription: SubscriptionView,
  monday: string,
): Promise<void> {
  const card = await weeklyVisitsCardFor(sender, subscription, monday);
  await sender.notify(
    { chatId: subscription.group.chatId, platform: subscription.group.platform },
    card,
    WEEKLY_VISITS_PURPOSE,
    weeklyKey(subscription, monday),
  );
}

/**
 * After an assignment at `institution` changed: recomputes this week's card of every group whose
 * subscription covers the clinic and revises the card already queued or sent (a card that did not change,
 * e.g. for a change in another week, is left alone). A failure is logged, never thrown: the assignment
 * itself was saved and its notices queued.
 */
export async function refreshWeeklyBroadcasts(
  sender: Notifier,
  institution: { id: number; regionPath: string },
): Promise<void> {
  const monday = mondayOf(localDate(sender.now(), sender.timeZone));
  try {
    const subscriptions = await listSubscriptionsCoveringInstitution(sender.db, 'SCHEDULE', institution);
    for (const subscription of subscriptions) {
      const card = await weeklyVisitsCardFor(sender, subscription, monday);
      await sender.reviseNotice?.(
        { chatId: subscription.group.chatId, platform: subscription.group.platform },
        card,
        WEEKLY_VISITS_PURPOSE,
        weeklyKey(subscription, monday),
      );
    }
  } catch (error) {
    sender.log.warn({ err: error, institutionId: institution.id, monday }, 'weekly broadcast not refreshed');
  }
}
