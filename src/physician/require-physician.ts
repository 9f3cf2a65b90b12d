import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { holdsRole } from '../permissions/actor-roles.js';

/** The physician speaking, as check-in and check-out need them. */
export interface SpeakingPhysician {
  id: number;
  name: string;
}

/**
 * The speaker if they are a registered physician. Administrators pass the router's audience check, but
 * only a physician's own visits can be recorded, so anyone without the role is refused here too.
 * @throws BotError FORBIDDEN (`physician.attendance.notPhysician`).
 */
export function requirePhysician(ctx: Context, command: string): SpeakingPhysician {
  const { person } = ctx.actor;
  if (!person || !holdsRole(ctx.actor, 'PHYSICIAN')) {
    throw new BotError('FORBIDDEN', 'physician.attendance.notPhysician', { command });
  }
  return { id: person.id, name: person.name };
}
