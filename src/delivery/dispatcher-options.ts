import type { PlatformName } from '../core/event.js';
import type { Database } from '../db/client.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { PlatformAdapter } from '../platforms/adapter.js';
import { systemClock, type Clock } from '../time/clock.js';
import { FEISHU_RATE_LIMITS, type RateLimits } from './rate-limiter.js';
import { newReplicaId } from './replica-id.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';

/** How a dispatcher is built; everything but the database, adapters and logger has a default. */
export interface DispatcherOptions {
  database: Pick<Database, 'db' | 'provider'>;
  /** One adapter per platform this replica sends for; rows of other platforms are left alone. */
  adapters: ReadonlyMap<PlatformName, PlatformAdapter>;
  logger: Logger;
  metrics?: Metrics;
  /** Source of instants for the ledger and the rate limiter (sleeping uses real timers). */
  clock?: Clock;
  /** Name in leases; default host:pid:random. */
  replicaId?: string;
  /** Sends in flight at once. Default 16 (at 50/s that covers round trips up to 300 ms). */
  concurrency?: number;
  /** How often the ledger is checked without a wake-up (retries, other replicas' rows). Default 500 ms. */
  pollIntervalMs?: number;
  /** How long a claim is held before another replica may take the row over. Default 60 s. */
  leaseMs?: number;
  /** Retry backoff and give-up; missing fields take the defaults. */
  retry?: Partial<RetryPolicy>;
  /** Limits per platform, per process (see `RateLimits` on dividing them among replicas). Default Feishu's. */
  rateLimits?: Partial<Record<PlatformName, RateLimits>>;
  /**
   * Longest pause of a whole app after a rate-limit answer (the message itself always waits the full
   * `retryAfterMs`). Default 60 s; 0 turns the app pause off.
   */
  maxAppPauseMs?: number;
  /** Random source for backoff jitter, in [0, 1). */
  random?: () => number;
}

/** Options with every default filled in. */
export interface DispatcherSettings {
  clock: Clock;
  replicaId: string;
  concurrency: number;
  pollIntervalMs: number;
  leaseMs: number;
  retry: RetryPolicy;
  maxAppPauseMs: number;
  random: () => number;
  limitsFor(platform: PlatformName): RateLimits;
}

/** Fills the defaults of dispatcher options. */
export function resolveDispatcherSettings(options: DispatcherOptions): DispatcherSettings {
  return {
    clock: options.clock ?? systemClock,
    replicaId: options.replicaId ?? newReplicaId(),
    concurrency: Math.max(1, options.concurrency ?? 16),
    pollIntervalMs: Math.max(1, options.pollIntervalMs ?? 500),
    leaseMs: Math.max(1, options.leaseMs ?? 60_000),
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    maxAppPauseMs: Math.max(0, options.maxAppPauseMs ?? 60_000),
    random: options.random ?? Math.random,
    limitsFor: (platform) => options.rateLimits?.[platform] ?? FEISHU_RATE_LIMITS,
  };
}
