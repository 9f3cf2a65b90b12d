import type { ChatGroup } from '../generated/sqlite/client.js';
import type { Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { findChatGroup, upsertChatGroup } from '../db/queries/groups.js';

/**
 * Records the group an event comes from (created, renamed, or back after a removal) and returns it.
 * Keeps the known name when the platform sends none.
 */
export async function trackGroup(ctx: Context): Promise<ChatGroup> {
  const { platform, chat, body } = ctx.event;
  const named = chat.name ?? (body.kind === 'botAdded' ? body.chatName : undefined);
  const known = await findChatGroup(ctx.db, platform, chat.id);
  return upsertChatGroup(ctx.db, { platform, chatId: chat.id, name: named ?? known?.name ?? '', at: ctx.now() });
}

/**
 * The group a subscription command is for.
 * @throws BotError BAD_ARGUMENTS in a private chat: subscriptions belong to a group.
 */
export function requireGroup(ctx: Context): Promise<ChatGroup> {
  if (ctx.event.chat.type !== 'group') throw badArguments('scheduler.broadcast.groupOnly');
  return trackGroup(ctx);
}
