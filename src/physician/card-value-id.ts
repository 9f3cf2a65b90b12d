import { BotError } from '../core/errors.js';

/**
 * A positive integer id from a card button's value. Values come back from the client, so anything else
 * is a stale or forged card.
 * @throws BotError NOT_FOUND (`core.staleAction`).
 */
export function cardValueId(value: Record<string, unknown>, field: string, action: string): number {
  const raw = value[field];
  const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    throw new BotError('NOT_FOUND', 'core.staleAction', { action });
  }
  return id;
}
