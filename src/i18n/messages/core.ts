import type { Text } from '../locale.js';

/** User-facing texts of the core area. Keys are `core.<name>`. */
export const coreMessages = {} satisfies Record<string, Text>;
