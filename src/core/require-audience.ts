import { authorize } from './authorize.js';
import type { Audience, Context } from './context.js';
import { describeAudience } from './describe-audience.js';
import { BotError } from './errors.js';

/**
 * Refuses the actor unless `authorize` allows them: an unregistered user is told how to register
 * (`identity.unregistered`), anyone else who they would have to be.
 * @param what what was attempted, in words (e.g. `/汇总`), for the refusal text.
 * @throws BotError UNKNOWN_USER or FORBIDDEN.
 */
export function requireAudience(ctx: Context, audience: readonly Audience[], what: string): void {
  const verdict = authorize(ctx.actor, audience);
  if (verdict === 'unregistered') throw new BotError('UNKNOWN_USER', 'identity.unregistered');
  if (verdict === 'forbidden') {
    throw new BotError('FORBIDDEN', 'core.forbidden', {
      command: what,
      audience: describeAudience(ctx.locale, audience),
    });
  }
}
