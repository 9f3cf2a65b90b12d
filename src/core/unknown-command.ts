import { mayUse } from './authorize.js';
import { closestName } from './command-lookup.js';
import type { CommandDefinition, Context } from './context.js';
import { BotError } from './errors.js';

/**
 * The refusal for a word that names no command: "no such command", with the closest name among the
 * commands the speaker may use when one is a likely typo, and the /帮助 hint.
 */
export function unknownCommand(ctx: Context, commands: readonly CommandDefinition[], word: string): BotError {
  const usable = commands.filter((command) => mayUse(ctx.actor, command.audience));
  const suggestion = closestName(usable, word);
  return suggestion
    ? new BotError('UNKNOWN_COMMAND', 'core.unknownCommandSuggest', { command: word, suggestion })
    : new BotError('UNKNOWN_COMMAND', 'core.unknownCommand', { command: word });
}
