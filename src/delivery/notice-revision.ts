import { createHash } from 'node:crypto';
import type { DbOrTx } from '../db/client.js';
import { findOutboundByKey } from '../db/queries/outbound-messages.js';
import { cardUpdatesOf, replacePendingOutboundContent } from '../db/queries/outbound-revisions.js';
import type { RenderedMessage } from '../platforms/adapter.js';

/** What revising a queued notice comes to. */
export type NoticeRevision =
  /** Never queued: nothing to revise (the next regular send will carry the new content). */
  | { kind: 'absent' }
  /** Not sent yet: its content was replaced in the ledger. */
  | { kind: 'replaced' }
  /** The card shows this content already. */
  | { kind: 'unchanged' }
  /** Being sent right now, or failed: it cannot be updated (logged by the caller). */
  | { kind: 'unrevisable'; status: string }
  /** Sent: queue an UPDATE_CARD of `targetMessageId`, keyed by `revision`. */
  | { kind: 'update'; targetMessageId: string; revision: string };

/**
 * Decides how a notice already in the ledger under `originalKey` gets new content. A PENDING row is
 * rewritten in place (else the group would receive a stale card first); a SENT card is updated, with a
 * revision made of the number of earlier updates and a hash of the content, so an identical update is
 * never queued twice and successive different updates (even back to an earlier content) all go.
 */
export async function planNoticeRevision(
  db: DbOrTx,
  originalKey: string,
  rendered: RenderedMessage,
): Promise<NoticeRevision> {
  const original = await findOutboundByKey(db, originalKey);
  if (!original) return { kind: 'absent' };
  if (original.status === 'PENDING') {
    if (original.content === rendered.content) return { kind: 'unchanged' };
    if (await replacePendingOutboundContent(db, original.id, rendered)) return { kind: 'replaced' };
  }
  const sent = await findOutboundByKey(db, originalKey);
  if (sent?.status !== 'SENT' || !sent.platformMessageId) {
    return { kind: 'unrevisable', status: sent?.status ?? 'GONE' };
  }
  const updates = await cardUpdatesOf(db, sent.platformMessageId);
  const shown = updates.latest?.content ?? sent.content;
  if (shown === rendered.content) return { kind: 'unchanged' };
  const hash = createHash('sha256').update(rendered.content).digest('base64url').slice(0, 8);
  return { kind: 'update', targetMessageId: sent.platformMessageId, revision: `${updates.count + 1}-${hash}` };
}
