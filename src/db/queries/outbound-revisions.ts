import type { OutboundMessage } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';

/**
 * Revising a message the bot already queued or sent (a broadcast card whose content changed): replace
 * a still-unsent row's content, or find the card updates already queued for a sent one.
 */

/**
 * Replaces the content of a ledger row that is still PENDING; false when it is not (a dispatcher
 * claimed or sent it meanwhile). One conditional UPDATE, so it never races with the claim.
 */
export async function replacePendingOutboundContent(
  db: DbOrTx,
  id: number,
  rendered: { msgType: string; content: string },
): Promise<boolean> {
  const { count } = await db.outboundMessage.updateMany({
    where: { id, status: 'PENDING' },
    data: { msgType: rendered.msgType, content: rendered.content },
  });
  return count === 1;
}

/** The card updates queued for a sent message: how many, and the newest (null when none). */
export async function cardUpdatesOf(
  db: DbOrTx,
  targetMessageId: string,
): Promise<{ count: number; latest: OutboundMessage | null }> {
  const where = { targetMessageId, operation: 'UPDATE_CARD' };
  const [count, latest] = await Promise.all([
    db.outboundMessage.count({ where }),
    db.outboundMessage.findFirst({ where, orderBy: { id: 'desc' } }),
  ]);
  return { count, latest };
}
