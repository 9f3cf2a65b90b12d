import { WORKLOG_OPEN_ACTION, worklogFormCard } from '../../cards/worklog-form.js';
import type { CardActionDefinition } from '../core/context.js';
import { getWorkLogWithHistory } from '../db/queries/work-logs.js';
import { requirePhysician } from '../physician/require-physician.js';
import { ownDay } from '../physician/worklog-day.js';

/** "填写今日工作量" (`{ serviceDayId }`): replies with the work-log form, prefilled with today's figures. */
export const worklogOpenAction: CardActionDefinition = {
  action: WORKLOG_OPEN_ACTION,
  audience: ['PHYSICIAN'],
  async run(ctx, value) {
    const physician = requirePhysician(ctx, '/日志');
    const day = await ownDay(ctx, physician.id, value);
    const current = await getWorkLogWithHistory(ctx.db, day.id);
    await ctx.replyCard(
      worklogFormCard(ctx.locale, {
        serviceDayId: day.id,
        clinic: day.institution.name,
        date: day.serviceDate,
        current,
      }),
    );
  },
};
