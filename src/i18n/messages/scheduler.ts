import type { Text } from '../locale.js';

/** User-facing texts of the scheduler area. Keys are `scheduler.<name>`. */
export const schedulerMessages = {} satisfies Record<string, Text>;
