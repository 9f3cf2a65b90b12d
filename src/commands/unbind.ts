import type { CommandDefinition, Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { chatIdentitiesOf, findPersonByChatUser } from '../db/queries/chat-identities.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { unbindAudited } from '../identity/audited-changes.js';
import { identityPlatformOf } from '../identity/command-input.js';

/**
 * `/解绑 [@某人]` (`unbind`): removes a chat account's binding. Anyone registered may unbind their own
 * account (`/解绑` alone, or mentioning themself); only an administrator unbinds someone else's. Audited
 * with the account that typed it; a person whose account an administrator removed is told on any other
 * account they have.
 */
export const unbindCommand: CommandDefinition = {
  name: '解绑',
  aliases: ['unbind'],
  summaryKey: 'security.unbind.summary',
  usageKey: 'security.unbind.usage',
  audience: ['REGISTERED'],
  async run(ctx, args) {
    const [mention, ...others] = args.mentions;
    if (others.length > 0) throw new BotError('BAD_ARGUMENTS', 'identity.needOneMention');
    const userId = mention?.userId ?? ctx.event.sender.userId;
    const self = userId === ctx.event.sender.userId;
    if (!self && !ctx.actor.isAdmin) throw new BotError('FORBIDDEN', 'security.unbindOthersForbidden');
    const platform = identityPlatformOf(ctx);
    const person = await findPersonByChatUser(ctx.db, platform, userId);
    const label = mention?.name ?? ctx.t('security.yourAccount');
    if (!person) throw new BotError('NOT_FOUND', 'security.notBound', { mention: label });
    const removed = await unbindAudited(ctx.db, {
      platform,
      platformUserId: userId,
      by: auditActorOf(ctx),
      at: ctx.now(),
      home: person.homeInstitution,
    });
    if (!removed) throw new BotError('NOT_FOUND', 'security.notBound', { mention: label });
    await ctx.reply(ctx.t('security.unbound', { mention: label, name: person.name }));
    if (!self) await tellOtherAccounts(ctx, person.id, removed.id);
  },
};

/** Tells the person on another account they have on this platform, if any, that one was removed. */
async function tellOtherAccounts(ctx: Context, personId: number, removedId: number): Promise<void> {
  const platform = identityPlatformOf(ctx);
  const remaining = (await chatIdentitiesOf(ctx.db, personId)).filter((account) => account.platform === platform);
  if (remaining.length === 0) return;
  await ctx.notify({ personId }, ctx.t('security.unboundNotice'), 'identity.unbound', String(removedId));
}
