import type { DbOrTx } from '../../src/db/client.js';
import type { FeishuEmulator } from '../emulator/feishu/index.js';

/** Row counts of the tables an accepted event writes to: a refused one must leave them unchanged. */
export interface StoredRows {
  inboundEvents: number;
  outboundMessages: number;
  auditLog: number;
  serviceDays: number;
  workLogs: number;
  confirmations: number;
}

/** Counts the rows a handled event could have written (read-only, for assertions). */
export async function storedRows(db: DbOrTx): Promise<StoredRows> {
  const [inboundEvents, outboundMessages, auditLog, serviceDays, workLogs, confirmations] = await Promise.all([
    db.inboundEvent.count(),
    db.outboundMessage.count(),
    db.auditLog.count(),
    db.serviceDay.count(),
    db.workLog.count(),
    db.serviceDayConfirmation.count(),
  ]);
  return { inboundEvents, outboundMessages, auditLog, serviceDays, workLogs, confirmations };
}

/** Calls with an effect that the emulated platform has seen, by kind. */
export interface PlatformSideEffects {
  sent: number;
  patches: number;
  cardUpdates: number;
  callbackReplies: number;
  uploads: number;
}

/** How many calls with an effect the emulated platform has seen: sends, replies, card updates. */
export function platformSideEffects(emulator: FeishuEmulator): PlatformSideEffects {
  const { sent, patches, cardUpdates, callbackReplies, uploads } = emulator.state;
  return {
    sent: sent.length,
    patches: patches.length,
    cardUpdates: cardUpdates.length,
    callbackReplies: callbackReplies.length,
    uploads: uploads.length,
  };
}
