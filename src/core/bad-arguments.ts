import { BotError } from './errors.js';

/**
 * The error a command throws when its arguments are wrong. The router adds the command's usage, so the
 * text only needs to say what was wrong (default: a general "not quite right").
 */
export function badArguments(
  messageKey = 'core.argumentsInvalid',
  params: Record<string, string | number> = {},
): BotError {
  return new BotError('BAD_ARGUMENTS', messageKey, params);
}
