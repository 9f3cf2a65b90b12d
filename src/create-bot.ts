import { actions } from './actions/index.js';
import { commands } from './commands/index.js';
import type { BotCore, BotDeps } from './core/bot.js';
import { createPipeline, type HandlingSettings } from './core/pipeline.js';
import type { BotRegistry } from './core/registry.js';
import { botAddedHandlers, fileHandlers, locationHandlers, menuHandlers } from './handlers/index.js';

export type { BotConfig, BotDeps } from './core/bot.js';

/**
 * The commands, card actions and event handlers the service registers: the composition root hands
 * THE lists to the core (which never imports them itself).
 */
export const defaultRegistry: BotRegistry = {
  commands,
  actions,
  location: locationHandlers,
  file: fileHandlers,
  menu: menuHandlers,
  botAdded: botAddedHandlers,
};

/** 16 events in flight (more wait in the table); an event is held 30 s before another may take it. */
export const DEFAULT_HANDLING: HandlingSettings = { maxInFlight: 16, claimMs: 30_000 };

/** Builds the bot core over the registered lists (`deps.registry` replaces some of them in tests). */
export function createBot(deps: BotDeps): BotCore {
  return createPipeline({
    ...deps,
    registry: { ...defaultRegistry, ...deps.registry },
    handling: { ...DEFAULT_HANDLING, ...deps.handling },
  });
}
