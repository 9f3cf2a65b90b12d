import { WORKLOG_CANCEL_ACTION } from '../../cards/worklog-confirm.js';
import { worklogOutcomeCard } from '../../cards/worklog-outcome.js';
import type { CardActionDefinition } from '../core/context.js';
import { requirePhysician } from '../physician/require-physician.js';
import { ownDay } from '../physician/worklog-day.js';

/** "取消" on the confirmation card: stores nothing and closes the card. */
export const worklogCancelAction: CardActionDefinition = {
  action: WORKLOG_CANCEL_ACTION,
  audience: ['PHYSICIAN'],
  async run(ctx, value) {
    const physician = requirePhysician(ctx, '/日志');
    await ownDay(ctx, physician.id, value, { anyDate: true });
    await ctx.updateCard(worklogOutcomeCard(ctx.locale, { saved: false }));
  },
};
