import type { Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { remoteServicesOf } from '../coordinator/workload-figures.js';
import { inTransaction } from '../db/queries/transaction.js';
import { findPlanDay, recordPresence, writeTourDayRecord, type DayRecordFigures } from '../db/queries/tours.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { parseLooseDate } from '../physician/loose-date.js';
import { parseWorkLog } from '../physician/worklog-parser.js';
import { requireTeamLeader } from './leader.js';

/** The word people put before the names present; it carries no meaning beyond that. */
const PRESENT_WORDS = new Set(['在岗', '到岗', '出诊', '队员']);

/**
 * `/队日志 [日期] 在岗 <队员…> 诊疗30 讲座1 培训12 查房1 病例讨论1 远程2` by a team leader: the team's day in
 * one message — the members present (by name) and the team's figures. Each member's own check-in and work
 * log stay their own; this is the team's record beside them. A second record of a day replaces its figures
 * (the version goes up) and adds the members named.
 */
export async function recordTeamDay(ctx: Context, tokens: readonly string[]): Promise<void> {
  const { team, today, personId } = await requireTeamLeader(ctx);
  const [first, ...others] = tokens;
  const dated = first === undefined ? undefined : parseLooseDate(first, today);
  const words = dated === undefined ? tokens : others;
  const date = dated ?? today;
  if (date > today) throw badArguments('tours.day.future', { date });
  const byName = new Map(team.members.map((m) => [m.person.name, m.personId]));
  const present = words.filter((word) => byName.has(word));
  const rest = words.filter((word) => !byName.has(word) && !PRESENT_WORDS.has(word)).join(' ');
  const parsed = rest === '' ? { ok: true as const, log: { values: {} } } : parseWorkLog(rest);
  if (!parsed.ok) throw badArguments('tours.day.badFigures', { text: rest });
  if (present.length === 0) throw badArguments('tours.day.noMembers', { names: [...byName.keys()].join('、') });
  const day = await findPlanDay(ctx.db, team.id, date);
  if (!day) throw badArguments('tours.day.notPlanned', { date });
  const values = parsed.log.values;
  const figures: DayRecordFigures = {
    patients: values.patients ?? 0,
    lectures: values.lectures ?? 0,
    training: values.training ?? 0,
    teachingRounds: values.teachingRounds ?? 0,
    caseDiscussions: values.caseDiscussions ?? 0,
    remoteServices: remoteServicesOf(values),
  };
  const at = ctx.now();
  const { version } = await inTransaction(ctx.db, async (tx) => {
    for (const name of present) {
      const memberId = byName.get(name) ?? 0;
      await recordPresence(tx, { planDayId: day.id, personId: memberId, source: 'LEADER', recordedById: personId, at });
    }
    const written = await writeTourDayRecord(tx, day.id, figures, { recordedById: personId, at });
    await appendAuditEntry(tx, {
      at,
      ...auditActorOf(ctx),
      action: 'tour.day.record',
      entity: 'TourPlanDay',
      entityId: String(day.id),
      regionPath: day.institution.regionPath,
      institutionId: day.institution.id,
      supportingInstitutionId: team.hospitalId,
      details: { date, present, ...figures },
    });
    return written;
  });
  const params = { date, place: day.institution.name, members: present.length, patients: figures.patients, version };
  await ctx.reply(ctx.t('tours.day.recorded', params));
}
