import type { CardActionDefinition } from '../core/context.js';
import { confirmPlanInChat } from '../tours/plan-file/chat.js';

/**
 * 确认导入 on a tour plan file's preview: only the leader of the team it was checked for may apply it (the
 * plan is checked again for that team as it is now, `confirmPlanInChat`).
 */
export const toursPlanConfirmAction: CardActionDefinition = {
  action: 'tours.plan.confirm',
  audience: ['TEAM_LEADER'],
  async run(ctx, value) {
    const id = Number(value['stagedImportId']);
    await confirmPlanInChat(ctx, Number.isSafeInteger(id) ? id : 0);
  },
};
