import type { DbOrTx } from '../client.js';
import type { PlatformName } from '../../core/event.js';

/** How long accepted events are remembered: far beyond Feishu's last redelivery (about 7.1 h). */
export const INBOUND_EVENT_RETENTION_DAYS = 7;

/** One accepted event as recorded before the bot acts on it. */
export interface InboundEventRecord {
  platform: PlatformName;
  eventId: string;
  /** The event kind (`text`, `cardAction` …), for the operator's view. */
  eventType: string;
  messageId?: string;
  receivedAt: Date;
}

/**
 * Records an event before anything is done about it and says whether it is new. Both
 * `(platform, eventId)` and `(platform, messageId)` are unique in the table, so a redelivery, the same
 * message under a second event id, and two replicas receiving the same event at once all end with
 * exactly one caller told `true`. Other database failures propagate (the platform then redelivers).
 */
export async function recordInboundEvent(db: DbOrTx, event: InboundEventRecord): Promise<boolean> {
  try {
    await db.inboundEvent.create({
      data: {
        platform: event.platform,
        eventId: event.eventId,
        eventType: event.eventType,
        messageId: event.messageId ?? null,
        receivedAt: event.receivedAt,
      },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Forgets events received before `now` minus the retention period; returns how many were removed. */
export async function pruneInboundEvents(db: DbOrTx, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - INBOUND_EVENT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.inboundEvent.deleteMany({ where: { receivedAt: { lt: cutoff } } });
  return count;
}

/**
 * Prisma's unique-constraint error (P2002). Matched by code rather than `instanceof`, because the
 * SQLite and PostgreSQL clients are generated separately and each has its own error class.
 */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}
