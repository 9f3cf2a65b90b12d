import { tourFilePreviewCard } from '../../../cards/tour-roster-preview.js';
import type { Context } from '../../core/context.js';
import { closeStagedImport, findStagedImport, stageImport } from '../../db/queries/staged-imports.js';
import { applyTeamPlan, clashLines } from '../file-plan.js';
import { requireTeamLeader } from '../leader.js';
import { dryRunPlanFile, planDryRunLines, type PlanRead } from './dry-run.js';

/** The staged-import kind of a tour plan file. */
export const PLAN_IMPORT_KIND = 'tour-plan';

/** What a staged plan keeps: the file as read and the team it was checked for. */
interface StagedPlanPayload {
  read: PlanRead;
  teamId: number;
}

/**
 * A tour plan sent as a file by a team leader: the row-numbered dry run as a card, staged for 确认导入 when
 * no row is bad. Anyone else is refused as for `/巡回安排`.
 */
export async function previewPlanInChat(ctx: Context, read: PlanRead): Promise<void> {
  const { team, today, personId } = await requireTeamLeader(ctx);
  const dryRun = await dryRunPlanFile(ctx.db, team, read, today);
  const lines = planDryRunLines(ctx.t.bind(ctx), { hospital: team.hospital.name }, dryRun);
  if (dryRun.problems.length > 0 || dryRun.lines.length === 0) {
    await ctx.replyCard(tourFilePreviewCard(ctx.locale, 'plan', { lines }));
    return;
  }
  const payload: StagedPlanPayload = { read, teamId: team.id };
  const staged = await stageImport(ctx.db, {
    kind: PLAN_IMPORT_KIND,
    createdById: personId,
    platform: ctx.event.platform,
    chatId: ctx.event.chat.id,
    fileName: read.fileName,
    payload: JSON.parse(JSON.stringify(payload)) as object,
    at: ctx.now(),
  });
  await ctx.replyCard(tourFilePreviewCard(ctx.locale, 'plan', { lines, stagedImportId: staged.id }));
}

/**
 * 确认导入 on a plan preview, by the leader who sent it: checked again for their team as it is now, then the
 * days are filed with the import closed in the same transaction (a second press finds it gone).
 */
export async function confirmPlanInChat(ctx: Context, stagedImportId: number): Promise<void> {
  const { team, today, personId } = await requireTeamLeader(ctx);
  const staged = await findStagedImport(ctx.db, stagedImportId);
  const payload = staged?.payload as unknown as StagedPlanPayload | undefined;
  const mine = staged?.createdById === personId && payload?.teamId === team.id;
  if (!staged || staged.kind !== PLAN_IMPORT_KIND || staged.status !== 'STAGED' || !payload || !mine) {
    await ctx.reply(ctx.t('tours.roster.gone'));
    return;
  }
  const dryRun = await dryRunPlanFile(ctx.db, team, payload.read, today);
  const lines = planDryRunLines(ctx.t.bind(ctx), { hospital: team.hospital.name }, dryRun);
  if (dryRun.problems.length > 0) {
    await ctx.updateCard(tourFilePreviewCard(ctx.locale, 'plan', { lines, outcome: ctx.t('tours.roster.changed') }));
    return;
  }
  const days = dryRun.lines.map((line) => ({ date: line.date, institutionId: line.place.id, activity: line.activity }));
  const claim = (tx: Parameters<typeof closeStagedImport>[0]) =>
    closeStagedImport(tx, stagedImportId, { status: 'APPLIED', actorId: personId, at: ctx.now() });
  const sync = await applyTeamPlan(ctx, team, days, personId, claim);
  if (!sync) {
    await ctx.reply(ctx.t('tours.roster.gone'));
    return;
  }
  const outcome = [
    ctx.t('tours.planFile.applied', { days: days.length, members: team.members.length }),
    ...clashLines(ctx, team, sync),
  ].join('\n');
  await ctx.updateCard(tourFilePreviewCard(ctx.locale, 'plan', { lines, outcome }));
}
