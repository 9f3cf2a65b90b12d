import { requireGroup } from '../broadcast/group-chat.js';
import { auditSubscription } from '../broadcast/subscription-audit.js';
import { subscriptionLabel, subscriptionListText } from '../broadcast/subscription-labels.js';
import { topicOf } from '../broadcast/subscription-topic.js';
import { badArguments } from '../core/bad-arguments.js';
import type { CommandDefinition, Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { cancelGroupSubscription, listGroupSubscriptions, type SubscriptionView } from '../db/queries/groups.js';
import { findInstitutionByNameOrAlias } from '../db/queries/institutions.js';
import { findRegionsByName } from '../db/queries/region-names.js';
import { inTransaction } from '../db/queries/transaction.js';
import { mayCancelSubscription } from '../permissions/subscriptions.js';

const ALL_WORDS = new Set(['全部', 'all']);

/**
 * `/退订` (`unsubscribe`), in a group: alone, lists the group's subscriptions; `/退订 排班 灵地卫生院`,
 * `/退订 截止` or `/退订 全部` cancels them (each only by whoever may: see `mayCancelSubscription`).
 * Audited as `subscription.cancel`.
 */
export const unsubscribeCommand: CommandDefinition = {
  name: '退订',
  aliases: ['unsubscribe'],
  summaryKey: 'scheduler.broadcast.unsubscribe.summary',
  usageKey: 'scheduler.broadcast.unsubscribe.usage',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'CLINIC_HEAD'],
  async run(ctx, args) {
    const group = await requireGroup(ctx);
    const subscriptions = await listGroupSubscriptions(ctx.db, group.id);
    if (args.tokens.length === 0) {
      await ctx.reply(subscriptionListText(ctx, subscriptions));
      return;
    }
    const chosen = await chooseSubscriptions(ctx, subscriptions, args.tokens);
    if (chosen.length === 0) throw badArguments('scheduler.broadcast.notSubscribed', { what: args.raw });
    const refused = chosen.find((s) => !mayCancelSubscription(ctx.actor, s));
    if (refused) {
      throw new BotError('FORBIDDEN', 'scheduler.broadcast.cancelForbidden', {
        subscription: subscriptionLabel(ctx, refused),
      });
    }
    await inTransaction(ctx.db, async (tx) => {
      for (const subscription of chosen) {
        await cancelGroupSubscription(tx, subscription.id, ctx.now());
        const regionPath = subscription.region?.path ?? subscription.institution?.regionPath ?? null;
        await auditSubscription(tx, ctx, 'subscription.cancel', subscription, regionPath);
      }
    });
    const cancelled = chosen.map((s) => subscriptionLabel(ctx, s)).join('、');
    const remaining = await listGroupSubscriptions(ctx.db, group.id);
    await ctx.reply(
      `${ctx.t('scheduler.broadcast.cancelled', { subscriptions: cancelled })}\n\n${subscriptionListText(ctx, remaining)}`,
    );
  },
};

/** The subscriptions `全部`, or a topic with an optional clinic, hospital or region name, picks out. */
async function chooseSubscriptions(
  ctx: Context,
  subscriptions: readonly SubscriptionView[],
  tokens: readonly string[],
): Promise<SubscriptionView[]> {
  const [word, ...rest] = tokens;
  if (word !== undefined && ALL_WORDS.has(word.toLowerCase())) return [...subscriptions];
  const topic = topicOf(word);
  if (!topic) throw badArguments('scheduler.broadcast.topicMissing');
  const ofTopic = subscriptions.filter((s) => s.topic === topic);
  if (rest.length === 0) return ofTopic;
  const name = rest.join('');
  const regionIds = new Set((await findRegionsByName(ctx.db, name)).map((r) => r.id));
  const institutionIds = new Set((await findInstitutionByNameOrAlias(ctx.db, name)).map((i) => i.id));
  return ofTopic.filter(
    (s) =>
      (s.regionId !== null && regionIds.has(s.regionId)) ||
      (s.institutionId !== null && institutionIds.has(s.institutionId)),
  );
}
