import type { Prisma } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { isUniqueViolation } from './errors.js';
import { underRegionPath } from './filters.js';
import { TOUR_KINDS, type TourKind } from '../../domain/tour-kinds.js';

/**
 * Named queries of the tours (src/tours/): teams with their counties and members, the plan, presence and the
 * leader's day record. A team is one hospital's team in a tour program (or one mobile-hospital tour).
 */

/** What makes a team: the program, the hospital and (for several tours of one hospital) a label. */
export interface TeamKey {
  programId: number;
  hospitalId: number;
  label?: string;
}

/** A team as created or found, with its counties. */
export interface TeamFields extends TeamKey {
  countyIds: readonly number[];
  specialtyAlone?: boolean;
  vehicle?: string | null;
  leaderId?: number | null;
}

/** Creates a team or updates the one with the same key; its counties become exactly those given. */
export async function upsertTourTeam(tx: DbOrTx, fields: TeamFields): Promise<{ id: number }> {
  const { programId, hospitalId, label = '', countyIds, ...rest } = fields;
  const data = {
    ...(rest.specialtyAlone === undefined ? {} : { specialtyAlone: rest.specialtyAlone }),
    ...(rest.vehicle === undefined ? {} : { vehicle: rest.vehicle }),
    ...(rest.leaderId === undefined ? {} : { leaderId: rest.leaderId }),
  };
  const team = await tx.tourTeam.upsert({
    where: { programId_hospitalId_label: { programId, hospitalId, label } },
    create: { programId, hospitalId, label, ...data },
    update: data,
    select: { id: true },
  });
  await tx.tourTeamCounty.deleteMany({ where: { teamId: team.id, regionId: { notIn: [...countyIds] } } });
  for (const regionId of countyIds) {
    await tx.tourTeamCounty.upsert({
      where: { teamId_regionId: { teamId: team.id, regionId } },
      create: { teamId: team.id, regionId },
      update: {},
    });
  }
  return team;
}

/** How many teams (tours) a hospital has in a program: a new mobile-hospital tour is the next 第N次. */
export function countHospitalTeams(db: DbOrTx, key: { programId: number; hospitalId: number }): Promise<number> {
  return db.tourTeam.count({ where: key });
}

/**
 * Creates a mobile-hospital tour (a team with a vehicle and one county), or returns null when its key
 * (program, hospital, label) is already taken — by a concurrent creation of the same 第N次.
 */
export async function createMobileTour(
  tx: DbOrTx,
  tour: TeamKey & { label: string; vehicle: string; countyId: number },
): Promise<{ id: number } | null> {
  const { countyId, ...team } = tour;
  const existing = await tx.tourTeam.findUnique({
    where: {
      programId_hospitalId_label: { programId: team.programId, hospitalId: team.hospitalId, label: team.label },
    },
    select: { id: true },
  });
  if (existing) return null;
  try {
    return await tx.tourTeam.create({
      data: { ...team, counties: { create: { regionId: countyId } } },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** A team with what a view or a check needs. */
export type TourTeamRow = Prisma.TourTeamGetPayload<{
  include: {
    hospital: { select: { id: true; name: true; regionPath: true } };
    counties: { include: { region: { select: { id: true; name: true; path: true } } } };
    members: {
      where: { removedAt: null };
      include: { person: { select: { id: true; name: true; title: true; phone: true } } };
    };
    leaderGrants: { where: { revokedAt: null }; select: { personId: true } };
  };
}>;

const TEAM_INCLUDE = {
  hospital: { select: { id: true, name: true, regionPath: true } },
  counties: { include: { region: { select: { id: true, name: true, path: true } } }, orderBy: { id: 'asc' } },
  members: {
    where: { removedAt: null },
    include: { person: { select: { id: true, name: true, title: true, phone: true } } },
    orderBy: { id: 'asc' },
  },
  // Who holds the team's TEAM_LEADER role now (a revoked leader is no longer shown as 队长).
  leaderGrants: { where: { revokedAt: null }, select: { personId: true } },
} as const;

/** The teams of some programs, in the order they were created (annex 1's order for the demo and imports). */
export function listTourTeams(db: DbOrTx, programIds: readonly number[]): Promise<TourTeamRow[]> {
  return db.tourTeam.findMany({
    where: { programId: { in: [...programIds] } },
    include: TEAM_INCLUDE,
    orderBy: { id: 'asc' },
  });
}

/** One team, or null. */
export function findTourTeam(db: DbOrTx, id: number): Promise<TourTeamRow | null> {
  return db.tourTeam.findUnique({ where: { id }, include: TEAM_INCLUDE });
}

/** Of the teams given (those a person leads), the latest in a program not over on `date`, or null. */
export function findTeamLedBy(db: DbOrTx, teamIds: readonly number[], date: string): Promise<TourTeamRow | null> {
  return db.tourTeam.findFirst({
    where: { id: { in: [...teamIds] }, program: { endDate: { gte: date } } },
    include: TEAM_INCLUDE,
    orderBy: { id: 'desc' },
  });
}

/** One member as a roster names them. */
export interface RosterMember {
  personId: number;
  post: string;
  specialty: string;
  countyId: number | null;
  manager?: boolean;
}

/**
 * Files a roster: the members become those given (members left out are marked removed, kept for the record),
 * the header block is stored, and the first filing's time is kept (a re-filed roster is not late).
 */
export async function fileTourRoster(
  tx: DbOrTx,
  teamId: number,
  roster: { members: readonly RosterMember[]; filerName: string; filerPhone: string; at: Date },
): Promise<void> {
  const personIds = roster.members.map((member) => member.personId);
  await tx.tourTeamMember.updateMany({
    where: { teamId, personId: { notIn: personIds }, removedAt: null },
    data: { removedAt: roster.at },
  });
  await addTourTeamMembers(tx, teamId, roster.members);
  await tx.tourTeam.update({
    where: { id: teamId },
    data: { filerName: roster.filerName, filerPhone: roster.filerPhone },
  });
  await tx.tourTeam.updateMany({ where: { id: teamId, rosterFiledAt: null }, data: { rosterFiledAt: roster.at } });
}

/** One planned day of a team. */
export interface PlanDayInput {
  date: string;
  institutionId: number;
  activity?: string;
}

/** Adds members to a team (or brings back removed ones, with the fields given); the others stay as they are. */
export async function addTourTeamMembers(tx: DbOrTx, teamId: number, members: readonly RosterMember[]): Promise<void> {
  for (const { personId, manager = false, ...fields } of members) {
    const data = { ...fields, manager, removedAt: null };
    await tx.tourTeamMember.upsert({
      where: { teamId_personId: { teamId, personId } },
      create: { teamId, personId, ...data },
      update: data,
    });
  }
}

/**
 * Marks members removed (kept for the record, as a roster filed without them); a member already removed is
 * left as is. Returns how many this call removed.
 */
export async function removeTourTeamMembers(
  tx: DbOrTx,
  teamId: number,
  personIds: readonly number[],
  at: Date,
): Promise<number> {
  const removed = await tx.tourTeamMember.updateMany({
    where: { teamId, personId: { in: [...personIds] }, removedAt: null },
    data: { removedAt: at },
  });
  return removed.count;
}

/** Files (part of) a plan: each day's place is set or moved; the first filing's time is kept. */
export async function fileTourPlan(tx: DbOrTx, teamId: number, days: readonly PlanDayInput[], at: Date): Promise<void> {
  for (const { date, institutionId, activity = '' } of days) {
    await tx.tourPlanDay.upsert({
      where: { teamId_date: { teamId, date } },
      create: { teamId, date, institutionId, activity },
      update: { institutionId, activity },
    });
  }
  await tx.tourTeam.updateMany({ where: { id: teamId, planFiledAt: null }, data: { planFiledAt: at } });
}

/** Marks the team's summary as filed (the first time counts). */
export async function fileTourSummary(tx: DbOrTx, teamId: number, at: Date): Promise<void> {
  await tx.tourTeam.updateMany({ where: { id: teamId, summaryFiledAt: null }, data: { summaryFiledAt: at } });
}

/** A team's planned day, with its place. */
export type PlanDayRow = Prisma.TourPlanDayGetPayload<{
  include: { institution: { select: { id: true; name: true; kind: true; regionPath: true } } };
}>;

/** The planned days of teams between two local dates (inclusive), by date. */
export function listPlanDays(
  db: DbOrTx,
  teamIds: readonly number[],
  range: { from?: string; to?: string } = {},
): Promise<PlanDayRow[]> {
  return db.tourPlanDay.findMany({
    where: {
      teamId: { in: [...teamIds] },
      ...(range.from || range.to ? { date: { gte: range.from, lte: range.to } } : {}),
    },
    include: { institution: { select: { id: true, name: true, kind: true, regionPath: true } } },
    orderBy: [{ date: 'asc' }, { teamId: 'asc' }],
  });
}

/** The day the team is planned somewhere, or null. */
export function findPlanDay(db: DbOrTx, teamId: number, date: string): Promise<PlanDayRow | null> {
  return db.tourPlanDay.findUnique({
    where: { teamId_date: { teamId, date } },
    include: { institution: { select: { id: true, name: true, kind: true, regionPath: true } } },
  });
}

/** Where a member's team is on a day: the plan day of an active membership, or null. */
export function findMemberPlanDay(
  db: DbOrTx,
  personId: number,
  date: string,
): Promise<(PlanDayRow & { team: { id: number; programId: number } }) | null> {
  return db.tourPlanDay.findFirst({
    where: { date, team: { members: { some: { personId, removedAt: null } } } },
    include: {
      institution: { select: { id: true, name: true, kind: true, regionPath: true } },
      team: { select: { id: true, programId: true } },
    },
  });
}

/** A member present on a planned day. */
export interface PresenceInput {
  planDayId: number;
  personId: number;
  source: 'CHECK_IN' | 'LEADER';
  serviceDayId?: number | null;
  recordedById?: number | null;
  at: Date;
}

/**
 * Records a member present; the first record of a member's day stands (the unique key decides between a
 * check-in and the leader's record arriving together). Returns whether this one was recorded.
 */
export async function recordPresence(tx: DbOrTx, presence: PresenceInput): Promise<boolean> {
  // Look first: on PostgreSQL a unique violation aborts the caller's transaction, so a day recorded again
  // (its members already present) must not reach it. Only a true race still does, and then rolls back whole.
  const key = { planDayId: presence.planDayId, personId: presence.personId };
  if (await tx.tourPresence.findUnique({ where: { planDayId_personId: key }, select: { id: true } })) return false;
  try {
    await tx.tourPresence.create({ data: { ...presence } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** The team's figures of a day as the leader recorded them. */
export interface DayRecordFigures {
  patients: number;
  lectures: number;
  training: number;
  teachingRounds: number;
  caseDiscussions: number;
  remoteServices: number;
}

/** Writes the leader's record of a day; a second one replaces the figures and bumps the version. */
export async function writeTourDayRecord(
  tx: DbOrTx,
  planDayId: number,
  figures: DayRecordFigures,
  by: { recordedById: number; at: Date },
): Promise<{ version: number }> {
  return tx.tourDayRecord.upsert({
    where: { planDayId },
    create: { planDayId, ...figures, ...by },
    update: { ...figures, ...by, version: { increment: 1 } },
    select: { version: true },
  });
}

/** Per planned day: how many members were present, and the leader's figures when recorded. */
export interface PlanDayTally {
  planDayId: number;
  teamId: number;
  date: string;
  institution: { id: number; kind: string; regionPath: string };
  present: number;
  record: DayRecordFigures | null;
}

/**
 * The planned days of teams with their presence and day records. A member is present on a planned day when
 * the leader named them (`tour_presences`) or when they checked in themselves at the day's place that day
 * (their own service day, `service_days`): each member counted once.
 */
export async function tallyPlanDays(db: DbOrTx, teamIds: readonly number[]): Promise<PlanDayTally[]> {
  const teams = { teamId: { in: [...teamIds] } };
  const days = await db.tourPlanDay.findMany({
    where: teams,
    select: {
      id: true,
      teamId: true,
      date: true,
      institution: { select: { id: true, kind: true, regionPath: true } },
      dayRecord: { select: DAY_FIGURES },
    },
    orderBy: [{ teamId: 'asc' }, { date: 'asc' }],
  });
  // The leader's and the check-ins' presence rows are counted by SQL; only the check-ins (service days) that
  // fall on a plan day are folded here, each once beside the named ones.
  const named = await db.tourPresence.groupBy({
    by: ['planDayId'],
    where: { planDay: teams },
    _count: { _all: true },
  });
  const members = await db.tourTeamMember.findMany({
    where: { ...teams, removedAt: null },
    select: { teamId: true, personId: true },
  });
  const dates = days.map((day) => day.date).sort();
  const checkedIn =
    members.length === 0 || dates.length === 0
      ? []
      : await db.serviceDay.findMany({
          where: {
            physicianId: { in: [...new Set(members.map((m) => m.personId))] },
            serviceDate: { gte: dates[0], lte: dates.at(-1) },
          },
          select: { physicianId: true, institutionId: true, serviceDate: true },
        });
  const present = new Map<number, number>(named.map((row) => [row.planDayId, row._count._all]));
  const dayAt = new Map(days.map((day) => [`${day.teamId}:${day.institution.id}:${day.date}`, day.id]));
  const teamsOf = new Map<number, number[]>();
  for (const m of members) teamsOf.set(m.personId, [...(teamsOf.get(m.personId) ?? []), m.teamId]);
  const visits = new Map<string, { planDayId: number; personId: number }>();
  for (const day of checkedIn) {
    for (const teamId of teamsOf.get(day.physicianId) ?? []) {
      const planDayId = dayAt.get(`${teamId}:${day.institutionId}:${day.serviceDate}`);
      if (planDayId !== undefined)
        visits.set(`${planDayId}:${day.physicianId}`, { planDayId, personId: day.physicianId });
    }
  }
  if (visits.size > 0) {
    const visited = [...visits.values()];
    const alsoNamed = await db.tourPresence.findMany({
      where: {
        planDayId: { in: [...new Set(visited.map((v) => v.planDayId))] },
        personId: { in: [...new Set(visited.map((v) => v.personId))] },
      },
      select: { planDayId: true, personId: true },
    });
    for (const row of alsoNamed) visits.delete(`${row.planDayId}:${row.personId}`);
    for (const { planDayId } of visits.values()) present.set(planDayId, (present.get(planDayId) ?? 0) + 1);
  }
  return days.map((day) => ({
    planDayId: day.id,
    teamId: day.teamId,
    date: day.date,
    institution: day.institution,
    present: present.get(day.id) ?? 0,
    record: day.dayRecord,
  }));
}

const DAY_FIGURES = {
  patients: true,
  lectures: true,
  training: true,
  teachingRounds: true,
  caseDiscussions: true,
  remoteServices: true,
} as const;

/** The tour teams a person is an active member of, with the program's dates. */
export function listMemberships(db: DbOrTx, personId: number) {
  return db.tourTeamMember.findMany({
    where: { personId, removedAt: null },
    include: {
      team: {
        include: {
          hospital: { select: { name: true } },
          program: { select: { id: true, name: true, startDate: true, endDate: true } },
        },
      },
    },
  });
}

/** The tour programs (省级医疗队巡回医疗, "移动医院"巡诊) not over on `date`, soonest first. */
export function listTourProgramsFrom(db: DbOrTx, date: string, kinds: readonly TourKind[] = TOUR_KINDS) {
  return db.program.findMany({
    where: { kind: { in: [...kinds] }, endDate: { gte: date } },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
  });
}

/** County-level regions with one of these names. */
export function findCountiesByName(db: DbOrTx, names: readonly string[]) {
  return db.region.findMany({
    where: { level: 'COUNTY', name: { in: [...names] } },
    select: { id: true, name: true, path: true },
  });
}

/** The team of a key, or null. */
export function findTeamByKey(db: DbOrTx, key: TeamKey): Promise<TourTeamRow | null> {
  const { programId, hospitalId, label = '' } = key;
  return db.tourTeam.findUnique({
    where: { programId_hospitalId_label: { programId, hospitalId, label } },
    include: TEAM_INCLUDE,
  });
}

/** Bulk-writes presences and day records known to be new (the demo's load of a team without any). */
export async function createPresences(
  db: DbOrTx,
  rows: {
    presences: (Omit<PresenceInput, 'source'> & { source: string })[];
    records: (DayRecordFigures & { planDayId: number; recordedById: number; at: Date })[];
  },
): Promise<void> {
  if (rows.presences.length > 0) await db.tourPresence.createMany({ data: rows.presences });
  if (rows.records.length > 0) await db.tourDayRecord.createMany({ data: rows.records });
}

/** A team's members (also removed ones, with `removedAt`) by person. */
export function listTeamMemberIds(db: DbOrTx, teamId: number) {
  return db.tourTeamMember.findMany({ where: { teamId }, select: { personId: true, removedAt: true } });
}

/** A team's plan as dates and places. */
export function listTeamPlanPlaces(db: DbOrTx, teamId: number) {
  return db.tourPlanDay.findMany({ where: { teamId }, select: { date: true, institutionId: true } });
}

/** The active assignments of some people in one program, with their planned dates. */
export function listActiveProgramAssignments(db: DbOrTx, programId: number, personIds: readonly number[]) {
  return db.assignment.findMany({
    where: { programId, physicianId: { in: [...personIds] }, status: 'ACTIVE' },
    select: {
      id: true,
      physicianId: true,
      institutionId: true,
      startDate: true,
      endDate: true,
      plannedDates: { select: { date: true } },
    },
  });
}

/** The planned days of some people on some dates in programs other than one. */
export function listPlannedDatesOutside(
  db: DbOrTx,
  programId: number,
  personIds: readonly number[],
  dates: readonly string[],
) {
  return db.assignmentPlannedDate.findMany({
    where: {
      physicianId: { in: [...personIds] },
      date: { in: [...dates] },
      assignment: { programId: { not: programId } },
    },
    select: { physicianId: true, date: true },
  });
}

/** How many presences a team's plan days carry. */
export function countTeamPresences(db: DbOrTx, teamId: number): Promise<number> {
  return db.tourPresence.count({ where: { planDay: { teamId } } });
}

/** Regions by code, in the order of the codes given. */
export async function findRegionsByCodes(db: DbOrTx, codes: readonly string[]) {
  const found = await db.region.findMany({ where: { code: { in: [...codes] } }, select: { id: true, code: true } });
  return codes.flatMap((code) => found.filter((region) => region.code === code));
}

/** The filings of a team as reporting obligations of its hospital, so the deadline ladder chases them. */
const TOUR_OBLIGATION_KINDS = {
  roster: 'STAFFING_TABLE',
  plan: 'IMPLEMENTATION_PLAN',
  summary: 'ANNUAL_SUMMARY',
} as const;

/** Which filing of a team. */
export type TourFiling = keyof typeof TOUR_OBLIGATION_KINDS;

/**
 * Makes (or re-dates) the hospital's three obligations of a tour — roster, plan, summary — named by the
 * program (`period`), due on the program's rule dates: the existing deadline ladder then reminds before and
 * escalates after, as for every report.
 */
export async function ensureTourObligations(
  db: DbOrTx,
  team: { programId: number; hospitalId: number },
  period: string,
  due: Record<TourFiling, string>,
): Promise<void> {
  for (const [filing, kind] of Object.entries(TOUR_OBLIGATION_KINDS) as [TourFiling, string][]) {
    const key = { programId: team.programId, institutionId: team.hospitalId, kind: kind as 'STAFFING_TABLE', period };
    await db.reportingObligation.upsert({
      where: { programId_institutionId_kind_period: key },
      create: { ...key, dueDate: due[filing] },
      update: { dueDate: due[filing] },
    });
  }
}

/** Marks a tour filing's obligation submitted (once; a later filing changes nothing). */
export async function submitTourObligation(
  db: DbOrTx,
  team: { programId: number; hospitalId: number },
  filing: TourFiling,
  by: { actorId: number | null; at: Date },
): Promise<void> {
  await db.reportingObligation.updateMany({
    where: {
      programId: team.programId,
      institutionId: team.hospitalId,
      kind: TOUR_OBLIGATION_KINDS[filing],
      status: { not: 'SUBMITTED' },
    },
    data: { status: 'SUBMITTED', submittedAt: by.at, submittedById: by.actorId },
  });
}

/**
 * Makes `personId` the team's leader: the team's other TEAM_LEADER grants are revoked (one leader a team),
 * the person granted the role scoped to the team, and the team's `leaderId` set, all in the caller's
 * transaction. Appointing the sitting leader again writes nothing.
 */
export async function appointTeamLeader(
  tx: DbOrTx,
  teamId: number,
  input: { personId: number; grantedById: number | null; at: Date },
): Promise<void> {
  await tx.roleGrant.updateMany({
    where: { role: 'TEAM_LEADER', tourTeamId: teamId, revokedAt: null, personId: { not: input.personId } },
    data: { revokedAt: input.at, revokedById: input.grantedById },
  });
  const held = await tx.roleGrant.findFirst({
    where: { role: 'TEAM_LEADER', tourTeamId: teamId, personId: input.personId, revokedAt: null },
    select: { id: true },
  });
  if (!held) {
    await tx.roleGrant.create({
      data: {
        personId: input.personId,
        role: 'TEAM_LEADER',
        tourTeamId: teamId,
        grantedById: input.grantedById,
        grantedAt: input.at,
      },
    });
  }
  await tx.tourTeam.update({ where: { id: teamId }, data: { leaderId: input.personId } });
}

/**
 * Forgets a dismissed leader on their team: `leaderId` is cleared when it still names `personId` (a team whose
 * leader already moved to someone else keeps the new one). Called with the revocation, in its transaction.
 */
export async function clearTeamLeader(tx: DbOrTx, teamId: number, personId: number): Promise<void> {
  await tx.tourTeam.updateMany({ where: { id: teamId, leaderId: personId }, data: { leaderId: null } });
}

/** A tour's planned day as the residents' weekly card shows it: which team (or vehicle), where, doing what. */
export type PublicTourDay = Prisma.TourPlanDayGetPayload<{
  select: {
    date: true;
    activity: true;
    institution: { select: { name: true; address: true } };
    team: {
      select: { vehicle: true; label: true; hospital: { select: { name: true } }; program: { select: { kind: true } } };
    };
  };
}>;

/**
 * The tours' planned days from `from` to `to` (local dates, both included) at one clinic or in a region
 * subtree (neither: everywhere), by date then team, for the residents' weekly card.
 */
export function listTourDaysBetween(
  db: DbOrTx,
  from: string,
  to: string,
  place: { institutionId?: number | null; regionPath?: string | null },
): Promise<PublicTourDay[]> {
  return db.tourPlanDay.findMany({
    where: {
      date: { gte: from, lte: to },
      ...(place.institutionId ? { institutionId: place.institutionId } : {}),
      ...(place.regionPath ? { institution: { regionPath: underRegionPath(place.regionPath) } } : {}),
    },
    select: {
      date: true,
      activity: true,
      institution: { select: { name: true, address: true } },
      team: {
        select: {
          vehicle: true,
          label: true,
          hospital: { select: { name: true } },
          program: { select: { kind: true } },
        },
      },
    },
    orderBy: [{ date: 'asc' }, { teamId: 'asc' }],
  });
}
