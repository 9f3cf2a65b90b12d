import type { DbOrTx } from '../client.js';
import type { InboundEvent, PlatformName } from '../../core/event.js';
import { Prisma } from '../../generated/sqlite/client.js';
import { isUniqueViolation } from './errors.js';

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
  /** The normalized event, kept until handled so it can be resumed after a crash. */
  payload?: InboundEvent;
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
        ...(event.payload ? { payload: event.payload as unknown as Prisma.InputJsonValue } : {}),
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

/**
 * Events accepted before `receivedBefore` whose handling never finished (the process died after the
 * platform's ack), oldest first, with their normalized payload revived.
 */
export async function listUnhandledInboundEvents(
  db: DbOrTx,
  receivedBefore: Date,
  limit: number,
): Promise<InboundEvent[]> {
  const rows = await db.inboundEvent.findMany({
    where: { handledAt: null, receivedAt: { lt: receivedBefore }, NOT: { payload: { equals: Prisma.DbNull } } },
    orderBy: { receivedAt: 'asc' },
    take: limit,
    select: { payload: true },
  });
  return rows.flatMap(({ payload }) => (payload ? [reviveEvent(payload as unknown as SerializedEvent)] : []));
}

/** An `InboundEvent` after a round trip through JSON: its instant is a string. */
type SerializedEvent = Omit<InboundEvent, 'occurredAt'> & { occurredAt: string };

function reviveEvent(payload: SerializedEvent): InboundEvent {
  return { ...payload, occurredAt: new Date(payload.occurredAt) };
}
