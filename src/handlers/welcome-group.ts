import { trackGroup } from '../broadcast/group-chat.js';
import type { EventHandlerDefinition } from '../core/handler-definitions.js';

/**
 * When the bot is added to a group: records the group (so it can be subscribed to broadcasts) and
 * sends a short welcome with the @-mention and /帮助 hint.
 */
export const welcomeGroup: EventHandlerDefinition<'botAdded'> = {
  name: 'welcome-group',
  audience: ['ANYONE'],
  async run(ctx) {
    await trackGroup(ctx);
    await ctx.reply(ctx.t('core.welcomeGroup'));
  },
};
