import { z } from 'zod';
import type { DingtalkConverted } from './inbound.js';

/** A card callback (Stream topic `/v1.0/card/instances/callback`, or the registered HTTP URL; dingtalk.md §4.6). */
const cardCallbackSchema = z.object({
  outTrackId: z.string().min(1),
  userId: z.string().min(1),
  corpId: z.string().optional(),
  spaceType: z.string().optional(),
  spaceId: z.string().optional(),
  content: z.string(),
});

const contentSchema = z.object({
  cardPrivateData: z.object({
    actionIds: z.array(z.string()).optional(),
    params: z.record(z.string(), z.unknown()),
  }),
});

/**
 * A button press on an interactive card as a `cardAction` event. The params are the button's (its
 * action and value, as `renderDingtalkCard` put them); the card is `outTrackId`, which `UPDATE_CARD`
 * patches in place. DingTalk gives no event id: the press is identified by card, user and params, so a
 * redelivered callback is deduped while a second press after an update is a new event.
 */
export function convertCardCallback(payload: unknown, now: Date, eventId: string): DingtalkConverted {
  const parsed = cardCallbackSchema.safeParse(payload);
  if (!parsed.success) return { kind: 'refused', reason: 'malformed_card_callback' };
  let content;
  try {
    content = contentSchema.safeParse(JSON.parse(parsed.data.content));
  } catch {
    return { kind: 'refused', reason: 'malformed_card_callback' };
  }
  if (!content.success) return { kind: 'refused', reason: 'malformed_card_callback' };
  const { action, ...value } = content.data.cardPrivateData.params;
  if (typeof action !== 'string') return { kind: 'ignored', reason: 'card callback without action' };
  const callback = parsed.data;
  const group = callback.spaceType === 'IM_GROUP' && callback.spaceId;
  return {
    kind: 'event',
    event: {
      platform: 'DINGTALK',
      eventId,
      occurredAt: now,
      sender: { userId: callback.userId },
      chat: group ? { id: callback.spaceId ?? '', type: 'group' } : { id: callback.userId, type: 'p2p' },
      mentionsBot: true,
      body: { kind: 'cardAction', action, value, cardMessageId: callback.outTrackId },
    },
  };
}
