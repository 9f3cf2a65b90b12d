import type { CardActionDefinition } from '../core/context.js';

/**
 * The card button actions, one file each under src/actions/, matched by the button's `action`. Add an
 * action by importing it and listing it here.
 */
export const actions: readonly CardActionDefinition[] = [];
