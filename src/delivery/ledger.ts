import type { PlatformName } from '../core/event.js';
import { BotError } from '../core/errors.js';
import type { DbOrTx } from '../db/client.js';
import { insertOutboundIfAbsent } from '../db/queries/outbound-messages.js';
import type { OutboundRequest } from '../platforms/adapter.js';
import { systemClock, type Clock } from '../time/clock.js';
import { wakeDispatchers } from './enqueue-signal.js';
import { capIdempotencyKey } from './idempotency-key.js';

export { idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH } from './idempotency-key.js';
export { wakeDispatchers } from './enqueue-signal.js';

/**
 * A message to deliver: the platform request plus what the ledger needs around it.
 *
 * For REPLY and UPDATE_CARD, also set `receiveIdType`/`receiveId` to the chat (`chat_id`) when it is
 * known: the dispatcher then applies the platform's per-chat limit to the right chat (otherwise it
 * limits per target message). Adapters ignore those fields for these operations.
 */
export type NewOutbound = OutboundRequest & {
  platform: PlatformName;
  /** What it is for (`reply`, `reminder:duty`, `broadcast:schedule` …), for reports and the operator view. */
  purpose: string;
  /** The person it is to, when it is to a person (scopes the coordinators' undelivered list). */
  personId?: number;
  /** Not before this instant (a scheduled message); default now. */
  notBefore?: Date;
};

/**
 * Writes a message to the delivery ledger, once per idempotency key, and wakes the dispatcher. A second
 * enqueue with the same key returns the existing row (`created: false`) and changes nothing, so a
 * redelivered event or a re-run job never sends twice. Keys longer than the platform's 50 characters
 * are shortened deterministically (see `capIdempotencyKey`). Inside a transaction, call
 * `wakeDispatchers()` after the commit for immediate sending.
 *
 * @param clock the service clock (tests pass a manual one so "due" agrees with the dispatcher's clock)
 * @throws BotError INTERNAL when the request lacks its target (a programming error)
 */
export async function enqueueOutbound(
  db: DbOrTx,
  message: NewOutbound,
  clock: Clock = systemClock,
): Promise<{ id: number; created: boolean }> {
  assertAddressed(message);
  const now = clock.now();
  const result = await insertOutboundIfAbsent(db, {
    idempotencyKey: capIdempotencyKey(message.idempotencyKey),
    platform: message.platform,
    operation: message.operation,
    receiveIdType: message.receiveIdType ?? null,
    receiveId: message.receiveId ?? null,
    targetMessageId: message.targetMessageId ?? null,
    msgType: message.msgType,
    content: message.content,
    purpose: message.purpose,
    personId: message.personId ?? null,
    nextAttemptAt: message.notBefore ?? now,
    createdAt: now,
  });
  if (result.created) wakeDispatchers(message.purpose);
  return result;
}

/** SEND and SEND_FILE need a receiver; REPLY and UPDATE_CARD the message they act on. */
function assertAddressed(message: NewOutbound): void {
  const needsTarget = message.operation === 'REPLY' || message.operation === 'UPDATE_CARD';
  const addressed = needsTarget
    ? Boolean(message.targetMessageId)
    : Boolean(message.receiveId && message.receiveIdType);
  if (!addressed) {
    throw new BotError('INTERNAL', 'core.internalError', {
      detail: `${message.operation} without ${needsTarget ? 'targetMessageId' : 'receiveId/receiveIdType'}`,
    });
  }
}
