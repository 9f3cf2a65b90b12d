import type { DbOrTx } from '../db/client.js';
import { cancelAssignment, createAssignment, updateAssignmentPlan } from '../db/queries/assignments.js';
import {
  listActiveProgramAssignments,
  listPlannedDatesOutside,
  listTeamMemberIds,
  listTeamPlanPlaces,
} from '../db/queries/tours.js';

/**
 * A team's plan as the members' assignments: for each member and each place of the plan, one assignment of
 * the tour program with the plan's dates there. So a member's check-in (chat, location, the check-in page)
 * is the ordinary one — same verdicts, geofenced to where the team is that day — and `/排班`, `/本月`, the
 * clinic head's confirmation and the residents' weekly broadcast show the tour without knowing of it.
 */

/** A date a member could not be planned for: they are planned elsewhere (another program) that day. */
export interface PlanClash {
  personId: number;
  date: string;
}

/** What a sync did. */
export interface PlanSync {
  assignments: number;
  clashes: PlanClash[];
}

/**
 * Brings the tour program's assignments of a team's members in line with its plan: created, re-planned, or
 * cancelled where the plan no longer sends them, each in its own transaction (a team's whole plan in one
 * would outlast the transaction timeout; a sync run again finishes an interrupted one). A day a member is
 * planned elsewhere is left out for them and reported (the database's one-place-per-day key would refuse it).
 * A member taken off the team keeps the planned days before `today` (they were planned to go, and went);
 * only their days from today on are withdrawn. An assignment whose plan is unchanged is not rewritten.
 */
export async function syncPlanAssignments(
  tx: DbOrTx,
  team: { id: number; programId: number },
  actor: { actorId: number | null; at: Date; today: string },
): Promise<PlanSync> {
  const members = await listTeamMemberIds(tx, team.id);
  const days = await listTeamPlanPlaces(tx, team.id);
  const active = members.filter((m) => m.removedAt === null).map((m) => m.personId);
  const elsewhere = await plannedElsewhere(
    tx,
    team.programId,
    active,
    days.map((d) => d.date),
  );
  const clashes: PlanClash[] = [];
  let assignments = 0;
  const existing = await listActiveProgramAssignments(
    tx,
    team.programId,
    members.map((m) => m.personId),
  );
  const reason = '巡回医疗方案';
  const wanted = new Map<number, Map<number, string[]>>([
    ...members
      .filter((m) => m.removedAt !== null)
      .map((m) => [m.personId, pastPlaces(m.personId, existing, actor.today)] as const),
    ...active.map((personId) => [personId, placesOf(personId, days, elsewhere, clashes)] as const),
  ]);
  const datesFor = (a: { physicianId: number; institutionId: number }) =>
    wanted.get(a.physicianId)?.get(a.institutionId);
  // Dates are freed before they are taken: a day moved from one place to another is held by the first
  // place's assignment until it lets go, and the database keeps one place per physician and day.
  for (const stale of existing.filter((a) => datesFor(a) === undefined)) {
    await cancelAssignment(tx, stale.id, { ...actor, reason });
  }
  for (const current of existing) {
    const dates = datesFor(current);
    const kept = current.plannedDates.map((d) => d.date).filter((date) => dates?.includes(date));
    if (dates && kept.length < current.plannedDates.length) {
      await updateAssignmentPlan(tx, current.id, { plannedDates: kept.sort() }, { ...actor, reason });
    }
  }
  for (const [personId, places] of wanted) {
    for (const [institutionId, dates] of places) {
      const sorted = [...dates].sort();
      const range = { startDate: sorted[0] ?? '', endDate: sorted.at(-1) ?? '' };
      const current = existing.find((a) => a.physicianId === personId && a.institutionId === institutionId);
      if (current) {
        if (!samePlan(current, sorted, range)) {
          await updateAssignmentPlan(tx, current.id, { plannedDates: sorted, ...range }, { ...actor, reason });
        }
      } else {
        const fields = { programId: team.programId, physicianId: personId, institutionId, ...range };
        await createAssignment(tx, {
          ...fields,
          plannedDates: sorted,
          createdById: actor.actorId,
          at: actor.at,
          reason,
        });
      }
      assignments += 1;
    }
  }
  return { assignments, clashes };
}

/** A removed member's planned days before `today`, by place; places with none are left out (cancelled). */
function pastPlaces(
  personId: number,
  existing: readonly { physicianId: number; institutionId: number; plannedDates: readonly { date: string }[] }[],
  today: string,
): Map<number, string[]> {
  const places = new Map<number, string[]>();
  for (const assignment of existing.filter((a) => a.physicianId === personId)) {
    const past = assignment.plannedDates.map((d) => d.date).filter((date) => date < today);
    if (past.length > 0) places.set(assignment.institutionId, past);
  }
  return places;
}

/** Whether an assignment already has exactly these (sorted) planned dates and this range. */
function samePlan(
  current: { startDate: string; endDate: string; plannedDates: readonly { date: string }[] },
  sorted: readonly string[],
  range: { startDate: string; endDate: string },
): boolean {
  const dates = current.plannedDates.map((d) => d.date).sort();
  return (
    current.startDate === range.startDate &&
    current.endDate === range.endDate &&
    dates.length === sorted.length &&
    dates.every((date, i) => date === sorted[i])
  );
}

/** A member's plan days by place, leaving out (and reporting) the days they are planned elsewhere. */
function placesOf(
  personId: number,
  days: readonly { date: string; institutionId: number }[],
  elsewhere: ReadonlySet<string>,
  clashes: PlanClash[],
): Map<number, string[]> {
  const places = new Map<number, string[]>();
  for (const day of days) {
    if (elsewhere.has(`${personId}:${day.date}`)) {
      clashes.push({ personId, date: day.date });
      continue;
    }
    places.set(day.institutionId, [...(places.get(day.institutionId) ?? []), day.date]);
  }
  return places;
}

/** `person:date` of the members' planned days in other programs. */
async function plannedElsewhere(
  db: DbOrTx,
  programId: number,
  personIds: readonly number[],
  dates: readonly string[],
): Promise<Set<string>> {
  if (personIds.length === 0 || dates.length === 0) return new Set();
  const rows = await listPlannedDatesOutside(db, programId, personIds, [...new Set(dates)]);
  return new Set(rows.map((row) => `${row.physicianId}:${row.date}`));
}
