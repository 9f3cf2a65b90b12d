import type { EventHandlerDefinition } from '../core/handler-definitions.js';

/** When the bot is added to a group: a short welcome with the @-mention and /帮助 hint. Records nothing. */
export const welcomeGroup: EventHandlerDefinition<'botAdded'> = {
  name: 'welcome-group',
  audience: ['ANYONE'],
  async run(ctx) {
    await ctx.reply(ctx.t('core.welcomeGroup'));
  },
};
