import { z } from 'zod';
import type { EventBody, InboundEvent } from '../../core/event.js';

/** A robot message as DingTalk sends it, over HTTP or in a Stream CALLBACK's `data` (dingtalk.md §1.2). */
export const robotMessageSchema = z.object({
  msgId: z.string().min(1),
  msgtype: z.string(),
  conversationId: z.string().min(1),
  conversationType: z.union([z.string(), z.number()]).transform(String),
  conversationTitle: z.string().optional(),
  senderStaffId: z.string().optional(),
  senderNick: z.string().optional(),
  senderCorpId: z.string().optional(),
  senderUnionId: z.string().optional(),
  createAt: z.union([z.number(), z.string()]).optional(),
  isInAtList: z.boolean().optional(),
  atUsers: z.array(z.object({ dingtalkId: z.string().optional(), staffId: z.string().optional() })).optional(),
  chatbotUserId: z.string().optional(),
  robotCode: z.string().optional(),
  text: z.object({ content: z.string() }).optional(),
  content: z.record(z.string(), z.unknown()).optional(),
});

/** A parsed robot message. */
export type RobotMessage = z.infer<typeof robotMessageSchema>;

/** What a payload became: an event, or why it was not one. */
export type DingtalkConverted =
  { kind: 'event'; event: InboundEvent } | { kind: 'ignored' | 'refused'; reason: string };

/** A robot message as a normalized event (`eventId` and `messageId` are the `msgId`: the dedupe key). */
export function convertRobotMessage(payload: unknown, now: Date): DingtalkConverted {
  const parsed = robotMessageSchema.safeParse(payload);
  if (!parsed.success) return { kind: 'refused', reason: 'malformed_message' };
  const message = parsed.data;
  // External members of a group may come without a staffId: never a person record (dingtalk.md §6).
  if (!message.senderStaffId) return { kind: 'ignored', reason: 'sender_without_staff_id' };
  const body = bodyOf(message);
  if (!body) return { kind: 'ignored', reason: `unsupported ${message.msgtype}` };
  const group = message.conversationType === '2';
  const created = Number(message.createAt);
  return {
    kind: 'event',
    event: {
      platform: 'DINGTALK',
      eventId: message.msgId,
      messageId: message.msgId,
      occurredAt: Number.isFinite(created) && created > 0 ? new Date(created) : now,
      sender: {
        userId: message.senderStaffId,
        ...(message.senderUnionId ? { unionId: message.senderUnionId } : {}),
        ...(message.senderNick ? { name: message.senderNick } : {}),
      },
      chat: {
        id: message.conversationId,
        type: group ? 'group' : 'p2p',
        ...(group && message.conversationTitle ? { name: message.conversationTitle } : {}),
      },
      // In a group DingTalk delivers only messages that @-mention the robot (dingtalk.md §0).
      mentionsBot: group && message.isInAtList !== false,
      body,
    },
  };
}

/** Text, rich text (its text parts) and files; other kinds are not understood. */
function bodyOf(message: RobotMessage): EventBody | undefined {
  const content = message.content ?? {};
  switch (message.msgtype) {
    case 'text':
      return textBody(message, message.text?.content ?? '');
    case 'richText': {
      const parts = Array.isArray(content.richText) ? (content.richText as { text?: unknown }[]) : [];
      return textBody(message, parts.map((part) => (typeof part.text === 'string' ? part.text : '')).join(''));
    }
    case 'file': {
      const { downloadCode, fileName } = content;
      if (typeof downloadCode !== 'string' || typeof fileName !== 'string') return undefined;
      return { kind: 'file', fileKey: downloadCode, fileName };
    }
    default:
      return undefined;
  }
}

/**
 * A text body. DingTalk strips the robot's mention and leaves a leading space; other people's mentions
 * stay in the text as `@nick` and come as `atUsers` (staffIds, the robot itself among them).
 */
function textBody(message: RobotMessage, text: string): EventBody {
  const people = (message.atUsers ?? []).filter(
    (user): user is { staffId: string; dingtalkId?: string } => Boolean(user.staffId) && !isTheRobot(message, user),
  );
  return {
    kind: 'text',
    text: text.trim(),
    mentions: people.map((user) => ({ userId: user.staffId, name: user.staffId })),
  };
}

/**
 * Whether an `atUsers` entry is the robot itself (dingtalk.md §1.2: "the robot itself appears here"):
 * its encrypted id is `chatbotUserId`; an entry that carries a staffId equal to the robot's code or
 * encrypted id is the robot too, never a person to bind or grant.
 */
function isTheRobot(message: RobotMessage, user: { dingtalkId?: string; staffId?: string }): boolean {
  const robotIds = [message.chatbotUserId, message.robotCode].filter((id): id is string => Boolean(id));
  return (
    (user.dingtalkId !== undefined && user.dingtalkId === message.chatbotUserId) ||
    (user.staffId !== undefined && robotIds.includes(user.staffId))
  );
}
