import { tourRosterPreviewCard } from '../../../cards/tour-roster-preview.js';
import type { Context } from '../../core/context.js';
import { auditActorOf } from '../../identity/audit-actor.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { localDate } from '../../time/local.js';
import { applyStagedRoster, stageRoster, type RosterRequest } from './apply.js';
import { rosterDryRunLines } from './preview-text.js';
import type { RosterRead } from './read.js';

/** Who is filing from this chat event, now. */
export function rosterRequestOf(ctx: Context, scope: ViewScope): RosterRequest {
  return {
    scope,
    ...auditActorOf(ctx),
    platform: ctx.event.platform,
    chatId: ctx.event.chat.id,
    at: ctx.now(),
    today: localDate(ctx.now(), ctx.timeZone),
  };
}

/** A roster sent in chat: the dry run as a card, staged for 确认导入 when no row is bad. */
export async function previewRosterInChat(ctx: Context, scope: ViewScope, read: RosterRead): Promise<void> {
  const staged = await stageRoster(ctx.db, rosterRequestOf(ctx, scope), read);
  const lines = rosterDryRunLines(ctx.t.bind(ctx), staged);
  const extra = staged.stagedImportId === undefined ? {} : { stagedImportId: staged.stagedImportId };
  await ctx.replyCard(tourRosterPreviewCard(ctx.locale, { lines, ...extra }));
}

/** 确认导入 on a roster preview: applied (checked again), and the card says so. */
export async function confirmRosterInChat(ctx: Context, scope: ViewScope, stagedImportId: number): Promise<void> {
  const outcome = await applyStagedRoster(ctx.db, stagedImportId, rosterRequestOf(ctx, scope));
  if (outcome.status === 'gone') {
    await ctx.reply(ctx.t('tours.roster.gone'));
    return;
  }
  const lines = rosterDryRunLines(ctx.t.bind(ctx), outcome.dryRun);
  if (outcome.status === 'changed') {
    await ctx.updateCard(tourRosterPreviewCard(ctx.locale, { lines, outcome: ctx.t('tours.roster.changed') }));
    return;
  }
  const { hospital, counties } = outcome.dryRun;
  const params = {
    hospital: hospital?.name ?? '',
    members: outcome.dryRun.lines.length,
    counties: counties.map((c) => c.name).join('、'),
  };
  await ctx.updateCard(tourRosterPreviewCard(ctx.locale, { lines, outcome: ctx.t('tours.roster.applied', params) }));
}
