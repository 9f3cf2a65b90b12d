import type { Db } from '../db/client.js';
import { bindChatIdentity } from '../db/queries/chat-identities.js';
import { findInstitutionByCode, upsertInstitutionByCode } from '../db/queries/institutions.js';
import { upsertPersonByPhone } from '../db/queries/people.js';
import { upsertProgramByCode } from '../db/queries/programs.js';
import { grantRole } from '../db/queries/role-grants.js';
import { inTransaction } from '../db/queries/transaction.js';
import {
  fileTourPlan,
  fileTourRoster,
  findTeamByKey,
  listPlanDays,
  type PlanDayInput,
  countTeamPresences,
  createPresences,
  findRegionsByCodes,
  submitTourObligation,
  upsertTourTeam,
  appointTeamLeader,
} from '../db/queries/tours.js';
import type { Program } from '../generated/sqlite/client.js';
import { ensureTeamObligations } from '../tours/tour-obligations.js';
import { addDays, zonedInstant } from '../time/local.js';
import { writeInChunks } from './chunked.js';
import { demoInstitutionCode } from './institutions.js';
import { FUJIAN } from './regions.js';
import { buildDemoTour, type DemoTourTeam } from './tours.js';

/** What the tour demo holds. */
export interface DemoTourSummary {
  program: string;
  teams: number;
  members: number;
  planDays: number;
}

/**
 * Loads the demo tour (src/demo/tours.ts) on top of the demo directory (`loadDemo` first): the program, the
 * places, the 14 teams with rosters, plans, presence and the leaders' day records. Idempotent: a team whose
 * plan days already carry presence is left as it is.
 */
export async function loadDemoTours(db: Db, options: { today: string; timeZone: string }): Promise<DemoTourSummary> {
  const tour = buildDemoTour(options.today);
  const { settings, places, teams, ...fields } = tour;
  const program = await upsertProgramByCode(db, {
    ...fields,
    kind: 'PROVINCIAL_TEAM_TOUR',
    regionCode: FUJIAN,
    settings,
  });
  await writeInChunks(db, places, async (tx, place) => {
    await upsertInstitutionByCode(tx, { ...place, aliases: [], address: '', geofenceRadiusM: null });
  });
  const institutionId = institutionIdLookup(db);
  for (const team of teams)
    await loadTeam(
      db,
      { programId: program.id, startDate: tour.startDate, row: program },
      team,
      institutionId,
      options.timeZone,
    );
  return {
    program: program.code,
    teams: teams.length,
    members: teams.reduce((sum, team) => sum + team.members.length, 0),
    planDays: teams.reduce((sum, team) => sum + team.plan.length, 0),
  };
}

/** Institution ids by code, looked up once each (a demo institution missing is a loader bug). */
export function institutionIdLookup(db: Db): (code: string) => Promise<number> {
  const codes = new Map<string, number>();
  return async (code) => {
    const known = codes.get(code);
    if (known !== undefined) return known;
    const row = await findInstitutionByCode(db, code);
    if (!row) throw new Error(`demo tour: institution ${code} missing`);
    codes.set(code, row.id);
    return row.id;
  };
}

/**
 * Loads one demo team (or mobile-hospital tour) of a program: its people, roster, leader, plan, obligations,
 * presence and the leader's day records. A team whose plan days already carry presence is left as it is.
 */
export async function loadTeam(
  db: Db,
  program: { programId: number; startDate: string; row: Program },
  team: DemoTourTeam,
  institutionId: (code: string) => Promise<number>,
  timeZone: string,
): Promise<void> {
  const hospitalId = await institutionId(demoInstitutionCode(team.hospitalKey));
  const key = { programId: program.programId, hospitalId, label: team.mobile?.label ?? '' };
  const existing = await findTeamByKey(db, key);
  if (existing && (await countTeamPresences(db, existing.id)) > 0) return;
  const counties = await findRegionsByCodes(db, team.countyCodes);
  const countyId = (code: string) => counties.find((c) => c.code === code)?.id ?? null;
  const filedAt = (offset: number) => zonedInstant(addDays(program.startDate, offset), '10:00', timeZone);
  // Three short transactions and two bulk inserts: a team's whole load in one transaction outlasts the
  // interactive-transaction timeout on a busy SQLite.
  const { teamId, members, leaderId } = await inTransaction(db, async (tx) => {
    const members = [];
    let leaderId: number | null = null;
    for (const member of team.members) {
      const { person } = await upsertPersonByPhone(tx, {
        name: member.name,
        phone: member.phone,
        homeInstitutionId: hospitalId,
        title: member.title,
        specialty: member.specialty,
        active: true,
      });
      if (member.openId) {
        leaderId = person.id;
        const binding = { personId: person.id, platform: 'FEISHU' as const, platformUserId: member.openId };
        await bindChatIdentity(tx, { ...binding, method: 'SEED', boundById: null });
      }
      await grantRole(tx, { personId: person.id, role: 'PHYSICIAN', grantedById: null, at: filedAt(0) });
      const { post, specialty } = member;
      const county = countyId(member.countyCode);
      members.push({ personId: person.id, post, specialty, countyId: county, manager: member.title === null });
    }
    const vehicle = team.mobile?.vehicle ?? null;
    const { id } = await upsertTourTeam(tx, { ...key, vehicle, countyIds: counties.map((c) => c.id) });
    if (leaderId !== null) await appointTeamLeader(tx, id, { personId: leaderId, grantedById: null, at: filedAt(0) });
    const filer = team.members[0];
    const roster = { members, filerName: filer?.name ?? '', filerPhone: filer?.phone ?? '' };
    await fileTourRoster(tx, id, { ...roster, at: filedAt(team.rosterFiledOffset) });
    return { teamId: id, members, leaderId };
  });
  const plan: PlanDayInput[] = [];
  for (const day of team.plan) {
    plan.push({ date: day.date, institutionId: await institutionId(day.placeCode), activity: day.activity });
  }
  await inTransaction(db, async (tx) => {
    await fileTourPlan(tx, teamId, plan, filedAt(team.planFiledOffset));
    await ensureTeamObligations(tx, program.row, hospitalId);
    await submitTourObligation(tx, key, 'roster', { actorId: leaderId, at: filedAt(team.rosterFiledOffset) });
    await submitTourObligation(tx, key, 'plan', { actorId: leaderId, at: filedAt(team.planFiledOffset) });
  });
  const days = (await listPlanDays(db, [teamId])).map((day) => ({ day, present: team.present.get(day.date) ?? [] }));
  await createPresences(db, {
    presences: days.flatMap(({ day, present }) =>
      present.flatMap((index) => {
        const personId = members[index]?.personId;
        const at = zonedInstant(day.date, '08:30', timeZone);
        return personId === undefined
          ? []
          : [{ planDayId: day.id, personId, source: 'LEADER', recordedById: leaderId, at }];
      }),
    ),
    records:
      leaderId === null
        ? []
        : days
            .filter(({ present }) => present.length > 0)
            .map(({ day, present }) => ({
              planDayId: day.id,
              ...demoDayFigures(day.activity, present.length),
              recordedById: leaderId,
              at: zonedInstant(day.date, '18:00', timeZone),
            })),
  });
}

/** Plausible figures of a team's day: nine patients a member, a lecture on lecture days, and so on. */
function demoDayFigures(activity: string, present: number) {
  return {
    patients: present * 9,
    lectures: activity === '专题讲座' ? 1 : 0,
    training: present * 2,
    teachingRounds: activity === '教学查房' ? 1 : 0,
    caseDiscussions: activity === '病例讨论' ? 1 : 0,
    remoteServices: present % 3,
  };
}
