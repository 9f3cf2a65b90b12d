import type { CardActionDefinition } from '../core/context.js';
import { OVERDUE_REMIND_ACTION, resolveRemindRequest } from '../coordinator/overdue-request.js';
import { sendOverdueReminders } from '../coordinator/overdue-remind.js';

/** 催办 on the overdue card (`{ reason, month, scope, program }`): re-checked for the presser, then sent. */
export const overdueRemindAction: CardActionDefinition = {
  action: OVERDUE_REMIND_ACTION,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, value) {
    const { reason, query } = await resolveRemindRequest(ctx, value);
    await sendOverdueReminders(ctx, query, reason);
  },
};
