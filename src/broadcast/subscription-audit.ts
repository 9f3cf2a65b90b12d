import type { Context } from '../core/context.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import type { Tx } from '../db/queries/transaction.js';

/** A subscription as its audit entry names it. */
export interface AuditedSubscription {
  id: number;
  topic: string;
  institutionId: number | null;
  regionId: number | null;
}

/** Appends `subscription.add` or `subscription.cancel` for a group's subscription, in the caller's transaction. */
export async function auditSubscription(
  tx: Tx,
  ctx: Context,
  action: 'subscription.add' | 'subscription.cancel',
  subscription: AuditedSubscription,
  regionPath: string | null,
): Promise<void> {
  await appendAuditEntry(tx, {
    at: ctx.now(),
    actorId: ctx.actor.person?.id ?? null,
    action,
    entity: 'GroupSubscription',
    entityId: String(subscription.id),
    regionPath,
    institutionId: subscription.institutionId,
    details: {
      chatId: ctx.event.chat.id,
      topic: subscription.topic,
      institutionId: subscription.institutionId,
      regionId: subscription.regionId,
    },
  });
}
