import type { DbOrTx } from '../client.js';
import { isUniqueViolation } from './errors.js';

/** A send begun before: accepted (with DingTalk's key) or of unknown outcome (`processQueryKey` null). */
export interface PriorSend {
  processQueryKey: string | null;
}

/**
 * Records that the send of ledger message `idempotencyKey` begins; returns the earlier send instead when
 * one was begun already (then nothing may be sent again).
 */
export async function beginDingtalkSend(db: DbOrTx, idempotencyKey: string, at: Date): Promise<PriorSend | null> {
  try {
    await db.dingtalkSend.create({ data: { idempotencyKey, startedAt: at } });
    return null;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const prior = await db.dingtalkSend.findUnique({ where: { idempotencyKey } });
    return { processQueryKey: prior?.processQueryKey ?? null };
  }
}

/** Records DingTalk's acceptance of a send. */
export async function acceptDingtalkSend(db: DbOrTx, idempotencyKey: string, processQueryKey: string): Promise<void> {
  await db.dingtalkSend.update({ where: { idempotencyKey }, data: { processQueryKey } });
}

/** Forgets a send DingTalk definitely refused, so the retry may send. */
export async function forgetDingtalkSend(db: DbOrTx, idempotencyKey: string): Promise<void> {
  await db.dingtalkSend.deleteMany({ where: { idempotencyKey } });
}
