import { tourOverviewCard } from '../../cards/tour-overview.js';
import type { CommandDefinition } from '../core/context.js';
import { fileSummaryOf } from '../tours/file-summary.js';
import { createMobileHospitalTour } from '../tours/mobile-tour.js';
import { tourSummaryWorkbook } from '../tours/summary-export.js';
import { overviewFor } from '../tours/tour-views.js';

/**
 * `/巡回` (`tours`) for coordinators: every team × county of the tour program (省级医疗队巡回医疗, seed 004)
 * in their scope, with weeks done, townships covered, members present today, roster and plan status and
 * what is late; a button per team opens the team (`tours.team`). `/巡回 导出` sends the summary .xlsx;
 * `/巡回 总结 [医院]` files the hospital's written summary (`src/tours/file-summary.ts`); `/巡回 流动医院 <车辆>
 * <县区> <队长> [医院]` sets up a mobile-hospital tour (`src/tours/mobile-tour.ts`), shown in its own section.
 */
export const toursCommand: CommandDefinition = {
  name: '巡回',
  aliases: ['tours'],
  summaryKey: 'tours.command.summary',
  usageKey: 'tours.command.usage',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    if (args.tokens[0] === '流动医院' || args.tokens[0] === 'mobile') {
      await createMobileHospitalTour(ctx, args.tokens.slice(1));
      return;
    }
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
    if (args.tokens[0] === '总结' || args.tokens[0] === 'summary') {
      await fileSummaryOf(ctx, overview, args.tokens.slice(1));
      return;
    }
    await ctx.replyCard(tourOverviewCard(ctx.locale, overview));
  },
};
