import type {
  ChatGroup,
  GroupSubscription,
  Platform,
  Prisma,
  SubscriptionTopic,
} from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { ancestorRegionPaths } from './regions.js';
import { inTransaction } from './transaction.js';

/**
 * Chat groups the bot is in, and what each group subscribed to (schedule broadcasts, deadline notices)
 * for which institution or region. Removed groups and cancelled subscriptions are kept for the record.
 */

/** A group as the platform reports it. */
export interface ChatGroupInput {
  platform: Platform;
  chatId: string;
  name: string;
  at: Date;
}

/** Records that the bot is in a group: creates it, or renames it and clears an earlier removal. */
export function upsertChatGroup(db: DbOrTx, input: ChatGroupInput): Promise<ChatGroup> {
  const { platform, chatId, name, at } = input;
  return inTransaction(db, async (tx) => {
    const existing = await findChatGroup(tx, platform, chatId);
    if (!existing) return tx.chatGroup.create({ data: { platform, chatId, name, addedAt: at } });
    const readded = existing.removedAt ? { addedAt: at, removedAt: null } : {};
    return tx.chatGroup.update({ where: { id: existing.id }, data: { name, ...readded } });
  });
}

/** The group with a platform chat id, or null. */
export function findChatGroup(db: DbOrTx, platform: Platform, chatId: string): Promise<ChatGroup | null> {
  return db.chatGroup.findUnique({ where: { platform_chatId: { platform, chatId } } });
}

/** Records that the bot left or was removed from a group; null for an unknown group. */
export async function markChatGroupRemoved(
  db: DbOrTx,
  platform: Platform,
  chatId: string,
  at: Date,
): Promise<ChatGroup | null> {
  const group = await findChatGroup(db, platform, chatId);
  if (!group) return null;
  return db.chatGroup.update({ where: { id: group.id }, data: { removedAt: at } });
}

/** A subscription request. Naming neither an institution nor a region subscribes to everything. */
export interface SubscriptionInput {
  groupId: number;
  topic: SubscriptionTopic;
  institutionId?: number | null;
  regionId?: number | null;
  createdById?: number | null;
  at: Date;
}

const subscriptionViewInclude = {
  group: true,
  institution: true,
  region: true,
} satisfies Prisma.GroupSubscriptionInclude;

/** A subscription with its group and scope. */
export type SubscriptionView = Prisma.GroupSubscriptionGetPayload<{ include: typeof subscriptionViewInclude }>;

/**
 * Subscribes a group to a topic for a scope; an identical active subscription is returned instead of a
 * second one (`created: false`). Its key has nullable columns, so this finds then creates in a transaction.
 */
export function addGroupSubscription(
  db: DbOrTx,
  input: SubscriptionInput,
): Promise<{ subscription: GroupSubscription; created: boolean }> {
  const { groupId, topic, at } = input;
  const institutionId = input.institutionId ?? null;
  const regionId = input.regionId ?? null;
  return inTransaction(db, async (tx) => {
    const existing = await tx.groupSubscription.findFirst({
      where: { groupId, topic, institutionId, regionId, cancelledAt: null },
    });
    if (existing) return { subscription: existing, created: false };
    const subscription = await tx.groupSubscription.create({
      data: { groupId, topic, institutionId, regionId, createdById: input.createdById ?? null, createdAt: at },
    });
    return { subscription, created: true };
  });
}

/** Cancels a subscription; cancelling twice keeps the first time. Null for an unknown id. */
export async function cancelGroupSubscription(
  db: DbOrTx,
  subscriptionId: number,
  at: Date,
): Promise<GroupSubscription | null> {
  await db.groupSubscription.updateMany({
    where: { id: subscriptionId, cancelledAt: null },
    data: { cancelledAt: at },
  });
  return db.groupSubscription.findUnique({ where: { id: subscriptionId } });
}

/** The active subscriptions of a group, oldest first. */
export function listGroupSubscriptions(db: DbOrTx, groupId: number): Promise<SubscriptionView[]> {
  return db.groupSubscription.findMany({
    where: { groupId, cancelledAt: null },
    include: subscriptionViewInclude,
    orderBy: { id: 'asc' },
  });
}

const activeInPresentGroup = {
  cancelledAt: null,
  group: { removedAt: null },
} satisfies Prisma.GroupSubscriptionWhereInput;

/** Active subscriptions to a topic of groups the bot is still in (for a broadcast job to walk). */
export function listSubscriptionsForTopic(db: DbOrTx, topic: SubscriptionTopic): Promise<SubscriptionView[]> {
  return db.groupSubscription.findMany({
    where: { topic, ...activeInPresentGroup },
    include: subscriptionViewInclude,
    orderBy: { id: 'asc' },
  });
}

/**
 * Active subscriptions to a topic whose scope covers an institution: subscribed to that institution, to
 * its region or any region above it, or to everything. For "which groups hear about this clinic".
 */
export function listSubscriptionsCoveringInstitution(
  db: DbOrTx,
  topic: SubscriptionTopic,
  institution: { id: number; regionPath: string },
): Promise<SubscriptionView[]> {
  const regionPaths = [...ancestorRegionPaths(institution.regionPath), institution.regionPath];
  return db.groupSubscription.findMany({
    where: {
      topic,
      ...activeInPresentGroup,
      OR: [
        { institutionId: institution.id },
        { region: { path: { in: regionPaths } } },
        { institutionId: null, regionId: null },
      ],
    },
    include: subscriptionViewInclude,
    orderBy: { id: 'asc' },
  });
}
