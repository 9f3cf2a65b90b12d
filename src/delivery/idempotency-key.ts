import { createHash } from 'node:crypto';

/** Feishu's limit for the `uuid` of a send or reply (doc §7.2): the key is passed as it is. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 50;

/** How much of the readable key a hashed key keeps, before the `~` and the hash. */
const READABLE_PREFIX = 9;

/**
 * Makes an idempotency key from what a message is for: `idempotencyKey('reply', eventId, 1)`,
 * `idempotencyKey('reminder:duty', slot, personId)`. Parts are joined with `:`. A key longer than
 * {@link MAX_IDEMPOTENCY_KEY_LENGTH} bytes becomes its first characters, `~` and a hash of the whole,
 * so the same parts always give the same key and different parts practically never collide.
 */
export function idempotencyKey(...parts: (string | number)[]): string {
  return capIdempotencyKey(parts.join(':'));
}

/** Keeps a key within the platform limit: unchanged when it fits, else prefix + `~` + hash (deterministic). */
export function capIdempotencyKey(key: string): string {
  if (Buffer.byteLength(key, 'utf8') <= MAX_IDEMPOTENCY_KEY_LENGTH) return key;
  const hash = createHash('sha256').update(key, 'utf8').digest('base64url');
  // The prefix is cut by characters; non-ASCII ones are replaced so the result stays 50 bytes.
  const prefix = key.slice(0, READABLE_PREFIX).replace(/[^\x20-\x7e]/g, '_');
  return `${prefix}~${hash.slice(0, MAX_IDEMPOTENCY_KEY_LENGTH - READABLE_PREFIX - 1)}`;
}
