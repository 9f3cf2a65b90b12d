import { tourOverviewCard } from '../../cards/tour-overview.js';
import type { CommandDefinition } from '../core/context.js';
import { tourSummaryWorkbook } from '../tours/summary-export.js';
import { overviewFor } from '../tours/tour-views.js';

/**
 * `/巡回` (`tours`) for coordinators: every team × county of the tour program (省级医疗队巡回医疗, seed 004)
 * in their scope, with weeks done, townships covered, members present today, roster and plan status and
 * what is late; a button per team opens the team (`tours.team`). `/巡回 导出` sends the summary .xlsx.
 */
export const toursCommand: CommandDefinition = {
  name: '巡回',
  aliases: ['tours'],
  summaryKey: 'tours.command.summary',
  usageKey: 'tours.command.usage',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const overview = await overviewFor(ctx);
    if (!overview) {
      await ctx.reply(ctx.t('tours.card.noProgram'));
      return;
    }
    if (args.tokens[0] === '导出' || args.tokens[0] === 'export') {
      const bytes = await tourSummaryWorkbook(ctx.locale, overview, ctx.actor.person?.name ?? '');
      await ctx.replyFile(ctx.t('tours.export.fileName', { date: overview.today }), bytes);
      return;
    }
    await ctx.replyCard(tourOverviewCard(ctx.locale, overview));
  },
};
