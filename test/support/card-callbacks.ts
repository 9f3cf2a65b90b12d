/**
 * The `value`s of every callback button in a rendered Feishu card (JSON 2.0), in document order — what
 * a test presses through the card callback route.
 */
export function callbackValues(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(callbackValues);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own =
    record.type === 'callback' && typeof record.value === 'object' ? [record.value as Record<string, unknown>] : [];
  return [...own, ...Object.values(record).flatMap(callbackValues)];
}
