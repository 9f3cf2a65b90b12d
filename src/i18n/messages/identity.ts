import type { Text } from '../locale.js';

/** User-facing texts of the identity area. Keys are `identity.<name>`. */
export const identityMessages = {} satisfies Record<string, Text>;
