import type { CardActionDefinition, CommandDefinition } from './context.js';
import type { EventHandlerDefinition } from './handler-definitions.js';

/**
 * Everything the router can dispatch to. The service uses the lists in src/commands, src/actions and
 * src/handlers; tests may pass their own.
 */
export interface BotRegistry {
  commands: readonly CommandDefinition[];
  actions: readonly CardActionDefinition[];
  location: readonly EventHandlerDefinition<'location'>[];
  file: readonly EventHandlerDefinition<'file'>[];
  menu: readonly EventHandlerDefinition<'menu'>[];
  botAdded: readonly EventHandlerDefinition<'botAdded'>[];
}
