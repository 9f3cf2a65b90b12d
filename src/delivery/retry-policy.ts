/**
 * When to try a message again after a retryable failure (5xx, network) and when to give up.
 *
 * Keep the whole retry span well under an hour: a send whose answer was lost may have reached the
 * platform, and its idempotency key (Feishu `uuid`) only deduplicates a resend within 1 hour. With the
 * defaults, eight attempts span at most 1+2+4+…+64 s ≈ 2 minutes.
 */
export interface RetryPolicy {
  /** Backoff ceiling of the first retry. */
  baseMs: number;
  /** Largest backoff ceiling. */
  capMs: number;
  /** Attempts (including the first) before the message is marked FAILED. */
  maxAttempts: number;
}

/** Defaults for production. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 1000, capMs: 5 * 60_000, maxAttempts: 8 };

/**
 * Exponential backoff with full jitter: a uniformly random delay below `min(cap, base × 2^(n-1))`
 * after the n-th failed attempt, so replicas and messages that failed together do not retry together.
 */
export function retryDelayMs(policy: RetryPolicy, failedAttempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.floor(random() * ceiling);
}
