import type { DbOrTx } from '../client.js';
import type { PlatformName } from '../../domain/platform.js';
import { Prisma } from '../../generated/sqlite/client.js';

/** How long accepted events are remembered: far beyond Feishu's last redelivery (about 7.1 h). */
export const INBOUND_EVENT_RETENTION_DAYS = 7;

/** Forgets events received before `now` minus the retention period; returns how many were removed. */
export async function pruneInboundEvents(db: DbOrTx, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - INBOUND_EVENT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.inboundEvent.deleteMany({ where: { receivedAt: { lt: cutoff } } });
  return count;
}

/** Marks an event handled (whatever the outcome) and drops its payload, which is no longer needed. */
export async function markInboundEventHandled(
  db: DbOrTx,
  key: { platform: PlatformName; eventId: string },
  at: Date,
): Promise<void> {
  await db.inboundEvent.updateMany({
    where: { platform: key.platform, eventId: key.eventId },
    data: { handledAt: at, payload: Prisma.DbNull },
  });
}

/** Events recorded and not handled yet: waiting in the table or being handled now. */
export function countUnhandledInboundEvents(db: DbOrTx): Promise<number> {
  return db.inboundEvent.count({ where: { handledAt: null } });
}
