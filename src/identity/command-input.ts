import { normalizeText } from '../core/command-parser.js';
import type { CommandArgs, Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import type { PlatformName } from '../core/event.js';
import { findPersonByChatUser } from '../db/queries/chat-identities.js';
import type { PersonWithHome } from '../db/queries/people.js';

/** A chat user @-mentioned in a command. */
export type Mention = CommandArgs['mentions'][number];

/**
 * The one person a command is about (`/绑定 @张三 …`) and the words after the mention. A typed `@name`
 * that is not a real mention is dropped: it names nobody the platform can vouch for.
 * @throws BotError BAD_ARGUMENTS (`identity.needOneMention`) unless exactly one person is mentioned.
 */
export function oneMentionAndWords(args: CommandArgs): { mention: Mention; words: string[] } {
  const [mention, ...others] = args.mentions;
  if (!mention || others.length > 0) throw new BotError('BAD_ARGUMENTS', 'identity.needOneMention');
  // Names may contain spaces, so the mention is cut out of the text before splitting it into words.
  const rest = args.raw.split(`@${normalizeText(mention.name)}`).join(' ');
  const words = rest.split(' ').filter((word) => word !== '' && !word.startsWith('@'));
  return { mention, words };
}

/** The platform whose chat identities name this event's users. */
export function identityPlatformOf(ctx: Pick<Context, 'identityPlatform' | 'event'>): PlatformName {
  return ctx.identityPlatform ?? ctx.event.platform;
}

/**
 * The active person a mentioned chat user is bound to.
 * @throws BotError NOT_FOUND (`identity.mentionNotRegistered`) for an unbound account or an inactive person.
 */
export async function registeredPersonOf(ctx: Context, mention: Mention): Promise<PersonWithHome> {
  const person = await findPersonByChatUser(ctx.db, identityPlatformOf(ctx), mention.userId);
  if (!person?.active) throw new BotError('NOT_FOUND', 'identity.mentionNotRegistered', { mention: mention.name });
  return person;
}
