import type { DeliveryOutcome } from '../platforms/adapter.js';
import { retryDelayMs, type RetryPolicy } from './retry-policy.js';

/** What the ledger records after an attempt. */
export type OutcomePlan =
  | { kind: 'sent'; platformMessageId: string | null }
  | { kind: 'retry'; nextAttemptAt: Date; lastError: string; countAttempt: boolean }
  | { kind: 'failed'; reason: string };

/** Longest error text kept in the ledger. */
const MAX_ERROR_LENGTH = 1000;

/** What is known when deciding: the row's attempts so far, the outcome, and the policy. */
export interface OutcomeInput {
  /** Attempts recorded before this one. */
  attempts: number;
  outcome: DeliveryOutcome;
  now: Date;
  policy: RetryPolicy;
  random?: () => number;
}

/**
 * Decides what an attempt's outcome means for the ledger:
 * - sent → SENT;
 * - rate limited → again after `retryAfterMs`, not counted towards giving up (the platform refused to
 *   look at the message; a throttled hour must not lose messages);
 * - retryable → again after a jittered backoff, or FAILED once `maxAttempts` attempts failed;
 * - permanent → FAILED with the platform's reason.
 */
export function planOutcome(input: OutcomeInput): OutcomePlan {
  const { outcome, now } = input;
  if (outcome.ok) return { kind: 'sent', platformMessageId: outcome.platformMessageId ?? null };
  const detail = outcome.detail.slice(0, MAX_ERROR_LENGTH);
  switch (outcome.kind) {
    case 'rateLimited':
      return {
        kind: 'retry',
        nextAttemptAt: new Date(now.getTime() + Math.max(0, outcome.retryAfterMs)),
        lastError: `rate limited: ${detail}`,
        countAttempt: false,
      };
    case 'retryable': {
      const attempts = input.attempts + 1;
      if (attempts >= input.policy.maxAttempts) {
        return { kind: 'failed', reason: `gave up after ${attempts} attempts: ${detail}` };
      }
      const delay = retryDelayMs(input.policy, attempts, input.random);
      return { kind: 'retry', nextAttemptAt: new Date(now.getTime() + delay), lastError: detail, countAttempt: true };
    }
    case 'permanent':
      return { kind: 'failed', reason: detail };
  }
}
