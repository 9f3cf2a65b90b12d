import type { Text } from '../locale.js';

/** User-facing texts of the coordinator area. Keys are `coordinator.<name>`. */
export const coordinatorMessages = {} satisfies Record<string, Text>;
