import type { Text } from '../locale.js';

/** User-facing texts of the physician area. Keys are `physician.<name>`. */
export const physicianMessages = {} satisfies Record<string, Text>;
