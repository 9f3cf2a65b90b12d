import type { CardActionDefinition, Context } from './context.js';
import { BotError } from './errors.js';
import type { BodyOf, EventHandlerDefinition, HandledKind } from './handler-definitions.js';
import type { BotRegistry } from './registry.js';
import { requireAudience } from './require-audience.js';
import { routeText } from './route-text.js';

/**
 * Sends an event to its handler: text to a command, a card action to its action by name, everything
 * else to the first handler of its kind that accepts it. Refusals are thrown as `BotError`s for the
 * error sink.
 */
export async function route(ctx: Context, registry: BotRegistry): Promise<void> {
  const body = ctx.event.body;
  switch (body.kind) {
    case 'text':
      return routeText(ctx, registry.commands, body);
    case 'cardAction':
      return routeCardAction(ctx, registry.actions, body);
    case 'location':
      return runHandler(ctx, registry.location, body);
    case 'file':
      return runHandler(ctx, registry.file, body);
    case 'menu':
      return runHandler(ctx, registry.menu, body);
    case 'botAdded':
      return runHandler(ctx, registry.botAdded, body);
  }
}

async function routeCardAction(
  ctx: Context,
  actions: readonly CardActionDefinition[],
  body: BodyOf<'cardAction'>,
): Promise<void> {
  const action = actions.find((candidate) => candidate.action === body.action);
  // A button of an older release, or a forged value: the card is stale either way.
  if (!action) throw new BotError('NOT_FOUND', 'core.staleAction', { action: body.action });
  requireAudience(ctx, action.audience, ctx.t('core.thisAction'));
  await action.run(ctx, body.value, body.formValue);
}

async function runHandler<K extends HandledKind>(
  ctx: Context,
  handlers: readonly EventHandlerDefinition<K>[],
  body: BodyOf<K>,
): Promise<void> {
  const handler = handlers.find((candidate) => candidate.accepts?.(ctx, body) ?? true);
  if (!handler) {
    await ctx.reply(ctx.t('core.notSupported'));
    return;
  }
  requireAudience(ctx, handler.audience, ctx.t('core.thisAction'));
  await handler.run(ctx, body);
}
