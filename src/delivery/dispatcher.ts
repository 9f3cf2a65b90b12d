import { performance } from 'node:perf_hooks';
import type { PlatformName } from '../core/event.js';
import { BotError } from '../core/errors.js';
import {
  claimDueOutbound,
  isReply,
  countOutboundQueued,
  markOutboundFailed,
  markOutboundSent,
  releaseOutbound,
  scheduleOutboundRetry,
  type OutboundMessage,
} from '../db/queries/outbound-messages.js';
import type { Logger } from '../log/logger.js';
import type { DeliveryOutcome, OutboundOperation, OutboundRequest, PlatformAdapter } from '../platforms/adapter.js';
import { resolveDispatcherSettings, type DispatcherOptions, type DispatcherSettings } from './dispatcher-options.js';
import { onOutboundEnqueued } from './enqueue-signal.js';
import { planOutcome, type OutcomePlan } from './outcome-plan.js';
import { RateLimiter, type SendPermit } from './rate-limiter.js';
import { ReceiverLanes } from './receiver-lanes.js';
import { planSends, type SendStart } from './send-planner.js';
import { WakeSignal } from './wake-signal.js';

export type { DispatcherOptions } from './dispatcher-options.js';

/** How often the queue-depth gauge is refreshed from the ledger. */
const QUEUE_DEPTH_REFRESH_MS = 5000;
/** Retry wake-ups are coalesced to this granularity, so a burst of retries sets few timers. */
const WAKE_GRANULARITY_MS = 10;

/**
 * Sends what the ledger holds. One loop per replica claims due rows under a lease, starts sends while
 * the rate limits allow (up to `concurrency` in flight, one at a time per receiver so a chat sees its
 * messages in order), and records each outcome: SENT, a retry (after the platform's reset for a rate
 * limit, after a jittered backoff for 5xx/network), or FAILED with the reason.
 *
 * Nothing is sent twice, by two guards. Only the replica holding a row's lease sends it, and claims
 * are atomic (SKIP LOCKED on PostgreSQL). What remains is the crash window: a replica can die after the
 * platform accepted a message and before the ledger says SENT (or its answer can be lost to a timeout).
 * The row then becomes claimable again when its lease expires and is resent — with the same
 * idempotency key as the platform's `uuid`, which Feishu executes at most once within 1 hour. The lease
 * (default 60 s) and the whole retry span (see `RetryPolicy`) are kept far below that hour. (A card
 * update carries no `uuid` on Feishu, but patching a card twice with the same content changes nothing.)
 * The adapter's HTTP timeout must stay well below the lease, or a slow send is taken over and resent.
 */
export class Dispatcher {
  readonly replicaId: string;
  private readonly settings: DispatcherSettings;
  private readonly log: Logger;
  private readonly limiters = new Map<PlatformName, RateLimiter>();
  /** Claimed rows not yet started, in claim order. */
  private held: OutboundMessage[] = [];
  /** Attempts not yet recorded in the ledger (awaited by `stop`), and their rows. */
  private readonly attempts = new Set<Promise<void>>();
  private readonly attemptIds = new Set<number>();
  /** Sends waiting for the platform's answer: these count against `concurrency`. */
  private sending = 0;
  private readonly lanes = new ReceiverLanes();
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private readonly signal = new WakeSignal();
  private running = false;
  private loop: Promise<void> | undefined;
  private claimWanted = true;
  /** A reply was enqueued: worth making room for it even when the held rows fill our hands. */
  private replyWanted = false;
  /** The last claim filled its batch, so more rows are probably due. */
  private moreDue = false;
  private nextPollAt = 0;
  private nextDepthAt = 0;
  private stopListening: (() => void) | undefined;

  constructor(private readonly options: DispatcherOptions) {
    this.settings = resolveDispatcherSettings(options);
    this.replicaId = this.settings.replicaId;
    this.log = options.logger.child({ component: 'delivery', replicaId: this.replicaId });
    for (const platform of options.adapters.keys()) {
      this.limiters.set(platform, new RateLimiter(this.settings.limitsFor(platform), this.settings.clock));
    }
  }

  /** Starts the loop; rows left by a previous run or another replica are picked up. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.claimWanted = true;
    this.stopListening = onOutboundEnqueued((purpose) => this.wake(purpose === 'reply'));
    this.loop = this.run();
  }

  /**
   * Stops gracefully: claims nothing more, waits for the sends in flight and records their outcomes,
   * and returns the claimed rows it did not start to the ledger for the next replica or run.
   */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.running = false;
    this.stopListening?.();
    this.signal.ring();
    await this.loop;
    this.loop = undefined;
    await Promise.all(this.attempts);
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    const unstarted = this.held.map((row) => row.id);
    this.held = [];
    try {
      await releaseOutbound(this.options.database.db, unstarted, this.replicaId);
    } catch (error) {
      this.log.error(
        { err: error, count: unstarted.length },
        'could not release claimed messages; they resume when their lease expires',
      );
    }
  }

  /**
   * Looks at the ledger now instead of at the next poll (enqueueing calls this); `reply` says a reply
   * was enqueued, which goes before the rows already held (see `claimRepliesAhead`).
   */
  wake(reply = false): void {
    this.claimWanted = true;
    this.replyWanted ||= reply;
    this.signal.ring();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.step();
      } catch (error) {
        this.log.error({ err: error }, 'delivery step failed; trying again after the poll interval');
        await this.signal.wait(this.settings.pollIntervalMs);
      }
    }
  }

  /** One turn of the loop: poll bookkeeping, claim, start what may start, sleep until something changes. */
  private async step(): Promise<void> {
    if (performance.now() >= this.nextPollAt) {
      this.nextPollAt = performance.now() + this.settings.pollIntervalMs;
      this.claimWanted = true;
      await this.refreshQueueDepth();
    }
    await this.claim();
    if (!this.running) return;
    const soonestMs = await this.startReady();
    await this.signal.wait(Math.min(soonestMs, this.nextPollAt - performance.now()));
  }

  /**
   * Claims due rows when asked to (wake, poll, a retry coming due) or when the last batch was full,
   * keeping up to twice `concurrency` rows between held and in flight, so sends never wait for the
   * database while rows are due, yet few leases are held by rows that wait.
   */
  private async claim(): Promise<void> {
    const { concurrency } = this.settings;
    const room = 2 * concurrency - this.held.length - this.sending;
    if (this.held.length >= concurrency || room <= 0) return this.claimRepliesAhead();
    if (!(this.claimWanted || this.moreDue)) return;
    this.claimWanted = false;
    this.replyWanted = false;
    const rows = await this.claimRows(room);
    this.moreDue = rows.length === room;
    this.hold(rows);
  }

  /**
   * Replies first, also over rows already held: when our hands are full of notices, reminders or
   * broadcasts waiting for the rate limit and a reply is enqueued, as many replies as there are such
   * rows (at most `concurrency`) are claimed and as many of those rows go back to the ledger, so the
   * reply is the next message sent and the memory held stays bounded.
   */
  private async claimRepliesAhead(): Promise<void> {
    if (!this.replyWanted) return;
    this.replyWanted = false;
    const yieldable = this.held.filter((row) => !isReply(row));
    if (yieldable.length === 0) return;
    const rows = await this.claimRows(Math.min(yieldable.length, this.settings.concurrency), true);
    if (rows.length === 0) return;
    const handBack = new Set(yieldable.slice(-rows.length).map((row) => row.id));
    this.held = this.held.filter((row) => !handBack.has(row.id));
    this.hold(rows);
    await releaseOutbound(this.options.database.db, [...handBack], this.replicaId);
  }

  private claimRows(limit: number, repliesOnly = false): Promise<OutboundMessage[]> {
    const { clock, leaseMs } = this.settings;
    const now = clock.now();
    return claimDueOutbound(this.options.database.db, this.options.database.provider, {
      replicaId: this.replicaId,
      now,
      leaseUntil: new Date(now.getTime() + leaseMs),
      limit,
      platforms: [...this.limiters.keys()],
      ...(repliesOnly ? { repliesOnly } : {}),
    });
  }

  /** Adds claimed rows to the held ones, replies first (each group in claim order). */
  private hold(rows: OutboundMessage[]): void {
    for (const row of rows) {
      // Our own send of this row is still running (it outlived its lease); its outcome settles the row.
      if (this.attemptIds.has(row.id)) continue;
      const index = this.held.findIndex((held) => held.id === row.id);
      if (index >= 0) this.held[index] = row;
      else this.held.push(row);
    }
    this.held = [...this.held.filter(isReply), ...this.held.filter((row) => !isReply(row))];
  }

  /**
   * Starts every held row that may go now (see `planSends`), returns the rows it will not send soon to
   * the ledger, and returns how long until a waiting row may go.
   */
  private async startReady(): Promise<number> {
    const { clock, concurrency, leaseMs } = this.settings;
    const plan = planSends(this.held, {
      now: clock.now().getTime(),
      freeSlots: concurrency - this.sending,
      leaseMs,
      lanes: this.lanes,
      limiterFor: (platform) => this.limiterFor(platform),
    });
    this.held = plan.keep;
    for (const start of plan.start) this.launch(start);
    await this.returnToLedger(plan.stale, plan.deferrals);
    return plan.soonestMs;
  }

  /** Releases stale rows (due at once, so claim again) and deferred ones (with a wake-up when due). */
  private async returnToLedger(stale: number[], deferrals: Map<number, number[]>): Promise<void> {
    const { db } = this.options.database;
    if (stale.length > 0) {
      await releaseOutbound(db, stale, this.replicaId);
      this.claimWanted = true;
    }
    for (const [at, ids] of deferrals) {
      await releaseOutbound(db, ids, this.replicaId, new Date(at));
      this.wakeAt(at);
    }
  }

  private launch({ row, lane, limiter, permit }: SendStart): void {
    this.sending++;
    this.attemptIds.add(row.id);
    // The send slot and the lane are freed as soon as the platform answers; recording the outcome in
    // the ledger then runs alongside the next sends instead of holding them up.
    const answered = () => {
      this.sending--;
      this.lanes.free(lane);
      this.signal.ring();
    };
    const task: Promise<void> = this.attempt(row, limiter, permit, answered).finally(() => {
      this.attemptIds.delete(row.id);
      this.attempts.delete(task);
      this.signal.ring();
    });
    this.attempts.add(task);
  }

  /** One delivery attempt and its record; calls `answered` once the platform answered; never rejects. */
  private async attempt(
    row: OutboundMessage,
    limiter: RateLimiter,
    permit: SendPermit,
    answered: () => void,
  ): Promise<void> {
    let outcome: DeliveryOutcome;
    try {
      outcome = await this.adapterFor(row.platform).deliver(requestOf(row));
    } catch (error) {
      this.log.error({ err: error, outboundId: row.id }, 'platform adapter threw instead of classifying; retrying');
      outcome = { ok: false, kind: 'retryable', detail: `adapter threw: ${describe(error)}` };
    }
    const now = this.settings.clock.now();
    if (!outcome.ok && outcome.kind === 'rateLimited') {
      permit.refund();
      // A rate-limit answer means the platform counts the app as over this API's limit (other replicas
      // or other users of the app share it): nothing of this app goes through that API until its reset.
      const until = now.getTime() + Math.min(Math.max(0, outcome.retryAfterMs), this.settings.maxAppPauseMs);
      limiter.pauseUntil(until, limiter.apiOf(row));
    } else {
      permit.finish();
    }
    answered();
    this.options.metrics?.sends.inc({ platform: row.platform, outcome: outcomeLabel(outcome) });
    const plan = planOutcome({
      attempts: row.attempts,
      outcome,
      now,
      policy: this.settings.retry,
      random: this.settings.random,
    });
    try {
      await this.record(row, plan, now);
    } catch (error) {
      this.log.error(
        { err: error, outboundId: row.id, outcome: plan.kind },
        'could not record a delivery outcome; the message is retried when its lease expires',
      );
    }
  }

  private async record(row: OutboundMessage, plan: OutcomePlan, now: Date): Promise<void> {
    const { db } = this.options.database;
    const fields = { outboundId: row.id, purpose: row.purpose, platform: row.platform };
    switch (plan.kind) {
      case 'sent':
        await markOutboundSent(db, row.id, { platformMessageId: plan.platformMessageId, sentAt: now });
        this.log.debug(fields, 'message sent');
        return;
      case 'retry':
        if (await scheduleOutboundRetry(db, row.id, this.replicaId, plan)) {
          this.wakeAt(plan.nextAttemptAt.getTime());
          this.log.debug(
            { ...fields, nextAttemptAt: plan.nextAttemptAt, error: plan.lastError },
            'message will be retried',
          );
        } else {
          this.log.warn(fields, 'lease lost before recording a retry; the new holder sends it');
        }
        return;
      case 'failed':
        if (await markOutboundFailed(db, row.id, this.replicaId, plan.reason)) {
          this.log.warn({ ...fields, reason: plan.reason }, 'message not delivered');
        } else {
          this.log.warn(fields, 'lease lost before recording a failure; the new holder sends it');
        }
        return;
    }
  }

  /** Makes the loop claim again at `instantMs` (a retry or deferral coming due). */
  private wakeAt(instantMs: number): void {
    if (!this.running) return;
    const at = Math.ceil(instantMs / WAKE_GRANULARITY_MS) * WAKE_GRANULARITY_MS;
    const delay = at - this.settings.clock.now().getTime();
    if (delay <= 0) {
      this.wake();
      return;
    }
    if (this.timers.has(at)) return;
    const timer = setTimeout(() => {
      this.timers.delete(at);
      this.wake();
    }, delay);
    timer.unref();
    this.timers.set(at, timer);
  }

  private async refreshQueueDepth(): Promise<void> {
    const { metrics } = this.options;
    if (!metrics || performance.now() < this.nextDepthAt) return;
    this.nextDepthAt = performance.now() + QUEUE_DEPTH_REFRESH_MS;
    metrics.outboundQueueDepth.set(await countOutboundQueued(this.options.database.db));
  }

  private limiterFor(platform: PlatformName): RateLimiter {
    const limiter = this.limiters.get(platform);
    if (!limiter) throw new BotError('INTERNAL', 'core.internalError', { detail: `no adapter for ${platform}` });
    return limiter;
  }

  private adapterFor(platform: PlatformName): PlatformAdapter {
    const adapter = this.options.adapters.get(platform);
    if (!adapter) throw new BotError('INTERNAL', 'core.internalError', { detail: `no adapter for ${platform}` });
    return adapter;
  }
}

/** The platform request stored in a ledger row. */
function requestOf(row: OutboundMessage): OutboundRequest {
  return {
    idempotencyKey: row.idempotencyKey,
    // Rows are only written by enqueueOutbound, whose type admits OutboundOperation values only.
    operation: row.operation as OutboundOperation,
    ...(row.receiveIdType === null ? {} : { receiveIdType: row.receiveIdType }),
    ...(row.receiveId === null ? {} : { receiveId: row.receiveId }),
    ...(row.targetMessageId === null ? {} : { targetMessageId: row.targetMessageId }),
    msgType: row.msgType,
    content: row.content,
  };
}

/** The `outcome` label of the sends counter. */
function outcomeLabel(outcome: DeliveryOutcome): string {
  if (outcome.ok) return 'sent';
  return outcome.kind === 'rateLimited' ? 'rate_limited' : outcome.kind;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
