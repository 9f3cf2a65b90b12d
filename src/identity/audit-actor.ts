import type { Context } from '../core/context.js';
import { identityPlatformOf } from './command-input.js';

/** Who an audit entry says acted: the person, and the chat account that typed the command or pressed the button. */
export interface AuditActor {
  actorId: number | null;
  /** `PLATFORM:user id` of the account, e.g. `FEISHU:ou_…`; kept even when the account is later unbound. */
  actorAccount: string;
}

/** The actor of an audit entry written while handling `ctx`'s event. */
export function auditActorOf(ctx: Pick<Context, 'actor' | 'event' | 'identityPlatform'>): AuditActor {
  return {
    actorId: ctx.actor.person?.id ?? null,
    actorAccount: `${identityPlatformOf(ctx)}:${ctx.event.sender.userId}`,
  };
}
