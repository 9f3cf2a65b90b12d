import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { inTransaction } from '../db/queries/transaction.js';
import { fileTourSummary, findTourTeam, submitTourObligation } from '../db/queries/tours.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { mayFileRoster } from '../permissions/tours.js';
import { baseViewScope } from '../permissions/view-scope.js';
import type { TourOverview } from './tour-overview.js';

/**
 * `/巡回 总结 [医院]` by a coordinator: the hospital's written tour summary (总结) is filed, so its summary
 * obligation is submitted and the deadline ladder stops. Whoever may file the hospital's roster may file its
 * summary; a hospital coordinator may leave the hospital out when they see one hospital's team(s) only.
 */
export async function fileSummaryOf(ctx: Context, overview: TourOverview, words: readonly string[]): Promise<void> {
  const wanted = words.join('').trim();
  const hospitals = [...new Set(overview.teams.map((team) => team.hospital))];
  const named = wanted === '' ? hospitals : hospitals.filter((name) => name.includes(wanted));
  const [hospital, ...others] = named;
  if (!hospital) throw new BotError('NOT_FOUND', 'tours.summary.noHospital', { text: wanted });
  if (others.length > 0) {
    throw new BotError('BAD_ARGUMENTS', 'tours.summary.whichHospital', { hospitals: named.join('、') });
  }
  const teams = overview.teams.filter((team) => team.hospital === hospital);
  const rows = await Promise.all(teams.map((team) => findTourTeam(ctx.db, team.teamId)));
  const first = rows[0]?.hospital;
  if (!first || !mayFileRoster(baseViewScope(ctx.actor), first)) {
    throw new BotError('FORBIDDEN', 'tours.summary.forbidden', { hospital });
  }
  const at = ctx.now();
  await inTransaction(ctx.db, async (tx) => {
    for (const team of teams) await fileTourSummary(tx, team.teamId, at);
    const key = { programId: overview.program.id, hospitalId: first.id };
    await submitTourObligation(tx, key, 'summary', { actorId: ctx.actor.person?.id ?? null, at });
    await appendAuditEntry(tx, {
      at,
      ...auditActorOf(ctx),
      action: 'tour.summary.file',
      entity: 'TourTeam',
      entityId: teams.map((team) => String(team.teamId)).join(','),
      institutionId: first.id,
      supportingInstitutionId: first.id,
      details: { programId: overview.program.id },
    });
  });
  await ctx.reply(ctx.t('tours.summary.filed', { hospital, program: overview.program.name }));
}
