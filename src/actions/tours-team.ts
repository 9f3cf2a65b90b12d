import { tourTeamCard } from '../../cards/tour-overview.js';
import type { CardActionDefinition } from '../core/context.js';
import { teamDetailFor } from '../tours/tour-views.js';

/**
 * 看 <医院> on the `/巡回` card: the team in full (figures per county, rule checks, roster, the coming
 * week). The team id of the button is checked again against the presser's scope.
 */
export const toursTeamAction: CardActionDefinition = {
  action: 'tours.team',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, value) {
    const teamId = Number(value['teamId']);
    const detail = Number.isSafeInteger(teamId) ? await teamDetailFor(ctx, teamId) : null;
    if (!detail) {
      await ctx.reply(ctx.t('tours.card.notFound'));
      return;
    }
    await ctx.replyCard(tourTeamCard(ctx.locale, detail));
  },
};
