import { matchCommand } from './command-lookup.js';
import { parseText } from './command-parser.js';
import type { CommandDefinition, Context } from './context.js';
import { BotError, isBotError } from './errors.js';
import type { BodyOf } from './handler-definitions.js';
import { usageText } from './render-help.js';
import { requireAudience } from './require-audience.js';
import { unknownCommand } from './unknown-command.js';

/**
 * The longest text a command is read from. Every command fits in a few hundred characters (a work log
 * with its note, a reason); a longer message is answered politely instead of being parsed.
 */
export const MAX_COMMAND_CHARS = 2000;

/** Runs the command a text message names, or says why there is none. */
export async function routeText(
  ctx: Context,
  commands: readonly CommandDefinition[],
  body: BodyOf<'text'>,
): Promise<void> {
  const parsed = parseText(ctx.event, body);
  if (parsed.kind === 'ignored') {
    ctx.log.debug('group message without an @-mention of the bot: not for us');
    return;
  }
  if (body.text.length > MAX_COMMAND_CHARS) {
    throw new BotError('BAD_ARGUMENTS', 'security.messageTooLong', {
      max: MAX_COMMAND_CHARS,
      length: body.text.length,
    });
  }
  const match = matchCommand(commands, parsed.word, parsed.args);
  if (!match) {
    // Without a slash the text was probably not meant as a command at all; from a stranger it is
    // usually a greeting, and what they need is how to be registered.
    if (!parsed.slash || parsed.word === '') {
      if (!ctx.actor.person && !ctx.actor.isAdmin) throw new BotError('UNKNOWN_USER', 'identity.unregistered');
      throw new BotError('UNKNOWN_COMMAND', 'core.notACommand');
    }
    throw unknownCommand(ctx, commands, parsed.word);
  }
  const { command, args } = match;
  requireAudience(ctx, command.audience, `/${command.name}`);
  try {
    await command.run(ctx, args);
  } catch (error) {
    throw await withUsage(ctx, command, error);
  }
}

/** A command's BAD_ARGUMENTS refusal, completed with the command's usage. Other errors pass through. */
async function withUsage(ctx: Context, command: CommandDefinition, error: unknown): Promise<unknown> {
  if (!isBotError(error) || error.code !== 'BAD_ARGUMENTS' || error.messageKey === 'core.badArguments') return error;
  return new BotError(
    'BAD_ARGUMENTS',
    'core.badArguments',
    { problem: ctx.t(error.messageKey, error.params), usage: await usageText(ctx, command) },
    { cause: error },
  );
}
