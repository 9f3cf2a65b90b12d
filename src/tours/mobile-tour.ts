import type { Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { findPeopleByName } from '../db/queries/people.js';
import { grantRole } from '../db/queries/role-grants.js';
import { inTransaction } from '../db/queries/transaction.js';
import {
  appointTeamLeader,
  countHospitalTeams,
  createMobileTour,
  fileTourRoster,
  findCountiesByName,
  submitTourObligation,
} from '../db/queries/tours.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { mayFileRoster } from '../permissions/tours.js';
import { baseViewScope } from '../permissions/view-scope.js';
import { localDate } from '../time/local.js';
import { countyNameForms, namedHospital } from './roster/dry-run.js';
import { ensureTeamObligations } from './tour-obligations.js';
import { currentTourProgram } from './tour-overview.js';

/** How often a creation retries the next 第N次 when a concurrent one took its number. */
const LABEL_ATTEMPTS = 3;

/**
 * `/巡回 流动医院 <车辆> <县区> <队长> [医院]` by a coordinator (seed 000: "移动医院"巡诊, at least twice a year):
 * a mobile-hospital tour of the running MOBILE_HOSPITAL program — a team of the hospital with a vehicle
 * instead of an annex-2 roster, the county it tours and its leader (a registered person of the hospital), the
 * hospital's next 第N次. The leader gets the TEAM_LEADER role for it, so the plan (`/巡回安排` or a plan file),
 * the check-ins and `/队日志` are the provincial teams' own; `/巡回` and its export show it. Whoever may file
 * the hospital's roster may set it up; a hospital coordinator may leave the hospital out.
 */
export async function createMobileHospitalTour(ctx: Context, words: readonly string[]): Promise<void> {
  const [vehicle, countyName, leaderName, ...hospitalWords] = words;
  if (!vehicle || !countyName || !leaderName) throw badArguments('tours.mobile.usage');
  const today = localDate(ctx.now(), ctx.timeZone);
  const program = await currentTourProgram(ctx.db, today, ['MOBILE_HOSPITAL']);
  if (!program || program.endDate < today) throw new BotError('NOT_FOUND', 'tours.mobile.noProgram');
  const scope = baseViewScope(ctx.actor);
  const hospital = await namedHospital(ctx.db, scope, hospitalWords.join(''), 'tours.mobile');
  if ('problem' in hospital) throw badArguments(hospital.problem.key, hospital.problem.params);
  if (!mayFileRoster(scope, hospital)) throw new BotError('FORBIDDEN', 'tours.mobile.notYourHospital', hospital);
  const [county, ...otherCounties] = await findCountiesByName(ctx.db, countyNameForms(countyName));
  if (!county || otherCounties.length > 0) throw badArguments('tours.mobile.unknownCounty', { county: countyName });
  const people = await findPeopleByName(ctx.db, hospital.id, leaderName);
  const [leader] = people;
  if (!leader || people.length > 1) {
    const key = leader ? 'tours.mobile.ambiguousLeader' : 'tours.mobile.unknownLeader';
    throw badArguments(key, { name: leaderName, hospital: hospital.name });
  }
  const at = ctx.now();
  const actorId = ctx.actor.person?.id ?? null;
  for (let attempt = 0; attempt < LABEL_ATTEMPTS; attempt += 1) {
    const key = { programId: program.id, hospitalId: hospital.id };
    const label = ctx.t('tours.mobile.label', { n: (await countHospitalTeams(ctx.db, key)) + 1 });
    // A concurrent creation that took this 第N次 rolls the whole transaction back: nothing half-written.
    const created = await inTransaction(ctx.db, async (tx) => {
      const team = await createMobileTour(tx, { ...key, label, vehicle, countyId: county.id });
      if (!team) return null;
      // The leader is the crew as far as the roster goes: the vehicle stands for annex 2.
      const member = {
        personId: leader.id,
        post: ctx.t('tours.mobile.leaderPost'),
        specialty: '',
        countyId: county.id,
      };
      await fileTourRoster(tx, team.id, {
        members: [member],
        filerName: ctx.actor.person?.name ?? '',
        filerPhone: '',
        at,
      });
      await grantRole(tx, { personId: leader.id, role: 'PHYSICIAN', grantedById: actorId, at });
      await appointTeamLeader(tx, team.id, { personId: leader.id, grantedById: actorId, at });
      await ensureTeamObligations(tx, program, hospital.id);
      await submitTourObligation(tx, key, 'roster', { actorId, at });
      await appendAuditEntry(tx, {
        at,
        ...auditActorOf(ctx),
        action: 'tour.mobile.create',
        entity: 'TourTeam',
        entityId: String(team.id),
        institutionId: hospital.id,
        supportingInstitutionId: hospital.id,
        details: { programId: program.id, label, vehicle, county: county.name, leaderId: leader.id },
      });
      return team;
    });
    if (created) {
      const params = { hospital: hospital.name, label, vehicle, county: county.name, leader: leader.name };
      await ctx.reply(ctx.t('tours.mobile.created', params));
      return;
    }
  }
  throw new BotError('CONFLICT', 'tours.mobile.busy');
}
