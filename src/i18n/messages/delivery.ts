import type { Text } from '../locale.js';

/** User-facing texts of the delivery area. Keys are `delivery.<name>`. */
export const deliveryMessages = {} satisfies Record<string, Text>;
