import { createRng, type Rng } from './random.js';

/** The emulated endpoints, as named in fault rules, rejections and rate-limit keys. */
export type ApiName =
  | 'token'
  | 'send'
  | 'reply'
  | 'patch'
  | 'card_update'
  | 'file_upload'
  | 'resource'
  | 'user_get'
  | 'user_batch_get_id'
  | 'bot_info'
  | 'jssdk_ticket'
  | 'authen_access_token'
  | 'ws_endpoint';

/** A failure the emulator can inject in place of (or on top of) the normal answer. */
export type Fault =
  /**
   * An HTTP 5xx. With `afterCommit` the call is carried out first (a message really is sent) and only
   * the answer is lost, which is what makes a client retry a send that already happened.
   */
  | { kind: 'server_error'; status?: number; afterCommit?: boolean }
  /** A gateway rate-limit answer: `status` 429 (default) or 400, code 99991400 and the ogw headers. */
  | { kind: 'rate_limit'; status?: 429 | 400; limit?: number; resetSec?: number }
  /** Answers normally, but only after `ms` of real time. */
  | { kind: 'delay'; ms: number }
  /** Destroys the connection without an answer. */
  | { kind: 'disconnect' };

/** Matches one endpoint, or every endpoint with `'*'`. */
export type ApiSelector = ApiName | '*';

interface ScheduledFault {
  api: ApiSelector;
  remaining: number;
  fault: Fault;
}

interface RandomFault {
  api: ApiSelector;
  probability: number;
  fault: Fault;
}

/**
 * Runtime-configurable fault injection. Scheduled faults ("the next N send calls") win over random
 * ones; random ones draw from a seeded PRNG so a test run is reproducible.
 */
export class FaultInjector {
  private scheduled: ScheduledFault[] = [];
  private random: RandomFault[] = [];
  private rng: Rng;

  constructor(seed: number) {
    this.rng = createRng(seed);
  }

  /** Applies `fault` to the next `count` calls of `api`. Schedules are used in the order added. */
  next(api: ApiSelector, count: number, fault: Fault): this {
    this.scheduled.push({ api, remaining: count, fault });
    return this;
  }

  /** Applies `fault` to each call of `api` with the given probability (0..1). */
  probability(api: ApiSelector, probability: number, fault: Fault): this {
    this.random.push({ api, probability, fault });
    return this;
  }

  /** Removes every rule. */
  clear(): void {
    this.scheduled = [];
    this.random = [];
  }

  /** Restarts the PRNG, e.g. between phases of a benchmark. */
  reseed(seed: number): void {
    this.rng = createRng(seed);
  }

  /** The fault for this call of `api`, if any; consumes a scheduled slot. */
  pick(api: ApiName): Fault | undefined {
    const slot = this.scheduled.find((s) => s.remaining > 0 && (s.api === '*' || s.api === api));
    if (slot) {
      slot.remaining--;
      this.scheduled = this.scheduled.filter((s) => s.remaining > 0);
      return slot.fault;
    }
    for (const rule of this.random) {
      if ((rule.api === '*' || rule.api === api) && this.rng() < rule.probability) return rule.fault;
    }
    return undefined;
  }
}
