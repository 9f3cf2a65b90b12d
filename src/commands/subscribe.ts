import { requireGroup } from '../broadcast/group-chat.js';
import { auditSubscription } from '../broadcast/subscription-audit.js';
import { subscriptionLabel, subscriptionListText } from '../broadcast/subscription-labels.js';
import { resolveSubscriptionTarget } from '../broadcast/subscription-target.js';
import { topicOf } from '../broadcast/subscription-topic.js';
import { badArguments } from '../core/bad-arguments.js';
import type { CommandDefinition } from '../core/context.js';
import { addGroupSubscription, listGroupSubscriptions } from '../db/queries/groups.js';
import { inTransaction } from '../db/queries/transaction.js';

/**
 * `/订阅` (`subscribe`), in a group: `/订阅 排班 灵地卫生院` or `/订阅 排班 漳平市` (the week's expert
 * visits every Monday 08:00), `/订阅 截止 [地区或支援单位]` (deadline notices). Coordinators subscribe
 * what lies in their scope, a clinic head their clinic's schedule. Subscribing twice is harmless.
 * Replies with the group's subscriptions; audited as `subscription.add`.
 */
export const subscribeCommand: CommandDefinition = {
  name: '订阅',
  aliases: ['subscribe'],
  summaryKey: 'scheduler.broadcast.subscribe.summary',
  usageKey: 'scheduler.broadcast.subscribe.usage',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'CLINIC_HEAD'],
  async run(ctx, args) {
    const group = await requireGroup(ctx);
    const [word, ...rest] = args.tokens;
    const topic = topicOf(word);
    if (!topic) throw badArguments('scheduler.broadcast.topicMissing');
    const target = await resolveSubscriptionTarget(ctx, topic, rest);
    const { subscription, created } = await inTransaction(ctx.db, async (tx) => {
      const added = await addGroupSubscription(tx, {
        groupId: group.id,
        topic,
        institutionId: target.institutionId,
        regionId: target.regionId,
        createdById: ctx.actor.person?.id ?? null,
        at: ctx.now(),
      });
      if (added.created) await auditSubscription(tx, ctx, 'subscription.add', added.subscription, target.regionPath);
      return added;
    });
    const subscriptions = await listGroupSubscriptions(ctx.db, group.id);
    const view = subscriptions.find((s) => s.id === subscription.id);
    const label = view ? subscriptionLabel(ctx, view) : '';
    const outcome = ctx.t(created ? 'scheduler.broadcast.subscribed' : 'scheduler.broadcast.alreadySubscribed', {
      subscription: label,
    });
    await ctx.reply(`${outcome}\n\n${subscriptionListText(ctx, subscriptions)}`);
  },
};
