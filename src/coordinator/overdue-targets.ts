import type { OverdueReminderView, ReminderDays } from '../../cards/overdue-reminder.js';
import type { Db } from '../db/client.js';
import { listRoleHoldersOfInstitutions } from '../db/queries/overdue-sources.js';
import {
  groupItems,
  UNCONFIRMED_AFTER_DAYS,
  type DayItem,
  type OverdueLists,
  type OverdueReason,
} from './overdue-lists.js';

/**
 * Who a 催办 reaches for each list, and what their reminder names: a late report's hospital
 * coordinators, the physician below the minimum (past its deadline, or at risk) or without logs, the
 * clinic heads of unconfirmed visits.
 * One reminder per person, naming only their own open items.
 */

/** One person to remind. */
export interface ReminderTarget {
  personId: number;
  name: string;
  view: OverdueReminderView;
}

/** The people to remind for one list, by person id. */
export async function reminderTargets(
  db: Db,
  reason: OverdueReason,
  lists: OverdueLists,
  by: string | null,
): Promise<ReminderTarget[]> {
  const common = { month: lists.month, by };
  switch (reason) {
    case 'reports': {
      const { items } = lists.reports;
      return byRoleHolder(
        db,
        'HOSPITAL_COORDINATOR',
        items,
        (i) => i.institutionId,
        (reports) => ({ ...common, reason, reports }),
      );
    }
    case 'minimum':
    case 'atRisk':
      return byPhysician(lists[reason].items, (items) => ({
        ...common,
        reason,
        shortfalls: items.map(({ clinic, served, pending, required, deadline, daysLeft }) => ({
          clinic,
          served,
          pending,
          required,
          deadline,
          daysLeft,
        })),
      }));
    case 'worklogs':
      return byPhysician(lists.worklogs.items, (days) => ({
        ...common,
        reason,
        days: daysBy(days, (d) => d.clinic),
        open: days.map((d) => ({ serviceDayId: d.serviceDayId, date: d.date, clinic: d.clinic })),
      }));
    case 'confirms': {
      const afterDays = UNCONFIRMED_AFTER_DAYS;
      const viewOf = (days: DayItem[]) => ({ ...common, reason, afterDays, days: daysBy(days, placeOfVisit) });
      return byRoleHolder(db, 'CLINIC_HEAD', lists.confirms.items, (i) => i.clinicId, viewOf);
    }
  }
}

/** One target per physician, with their own items. */
function byPhysician<T extends { physicianId: number; physician: string }>(
  items: readonly T[],
  viewOf: (theirs: T[]) => OverdueReminderView,
): ReminderTarget[] {
  return groupItems(items, (i) => i.physicianId).map((group) => ({
    personId: group[0].physicianId,
    name: group[0].physician,
    view: viewOf(group),
  }));
}

/** One target per holder of the role at the items' institutions, with the items of their institutions. */
async function byRoleHolder<T>(
  db: Db,
  role: 'CLINIC_HEAD' | 'HOSPITAL_COORDINATOR',
  items: readonly T[],
  institutionOf: (item: T) => number,
  viewOf: (theirs: T[]) => OverdueReminderView,
): Promise<ReminderTarget[]> {
  const holders = await listRoleHoldersOfInstitutions(db, role, [...new Set(items.map(institutionOf))]);
  return groupItems(holders, (h) => h.personId).map((group) => {
    const theirs = new Set(group.map((h) => h.institutionId));
    return {
      personId: group[0].personId,
      name: group[0].name,
      view: viewOf(items.filter((i) => theirs.has(institutionOf(i)))),
    };
  });
}

function placeOfVisit(day: DayItem): string {
  return `${day.clinic} · ${day.physician}`;
}

function daysBy(days: readonly DayItem[], placeOf: (day: DayItem) => string): ReminderDays[] {
  return groupItems(days, placeOf).map((group) => ({
    place: placeOf(group[0]),
    dates: group.map((d) => d.date),
  }));
}
