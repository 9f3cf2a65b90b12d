/**
 * Tells this process's dispatchers that a message was enqueued, so it goes out within milliseconds
 * instead of at the next poll. A wake is only a hint (the dispatcher claims whatever is due), so one
 * listener set per process is harmless even when tests run several services in one process.
 */
const listeners = new Set<(purpose?: string) => void>();

/**
 * Registers a listener called on every enqueue, with the message's purpose when one message was
 * enqueued; returns the function that removes it.
 */
export function onOutboundEnqueued(listener: (purpose?: string) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Wakes the dispatchers of this process. `enqueueOutbound` calls it; call it yourself after committing
 * a transaction that enqueued messages, since a dispatcher woken before the commit cannot see them yet
 * (they would then wait for the next poll).
 */
export function wakeDispatchers(purpose?: string): void {
  for (const listener of listeners) listener(purpose);
}
