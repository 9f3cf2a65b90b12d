import { fillUnionId, recordPlatformUse } from '../db/queries/chat-identities.js';
import type { EventJournal } from '../db/journal/event-journal.js';
import { markInboundEventHandled } from '../db/queries/inbound-events.js';
import { isDatabaseUnavailable } from '../db/queries/errors.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { PlatformAdapter } from '../platforms/adapter.js';
import type { AcceptResult, BotCore } from './bot.js';
import type { Actor, Context } from './context.js';
import { createContext, type ContextDeps } from './create-context.js';
import { sinkError, type HandlingOutcome } from './error-sink.js';
import { BotError } from './errors.js';
import type { InboundEvent, PlatformName } from './event.js';
import { HandlingPace, type BurstSettings } from './handling-pace.js';
import { HandlingQueue } from './handling-queue.js';
import { storableEvent } from './storable-event.js';
import { resolveActor } from './identity.js';
import type { BotRegistry } from './registry.js';
import { route } from './router.js';

/** What the pipeline needs. */
export interface PipelineDeps extends ContextDeps {
  log: Logger;
  metrics: Metrics;
  adapters: ReadonlyMap<PlatformName, PlatformAdapter>;
  config: ContextDeps['config'] & { adminUserIds: readonly string[] };
  registry: BotRegistry;
  /** Where events are recorded at acknowledgement and claimed for handling. */
  journal: EventJournal;
  /** How many events are handled at once, and how long a claim on an event lasts. */
  handling: HandlingSettings;
}

/** Backpressure and recovery of the handling. */
export interface HandlingSettings {
  /** Events handled at once by this process; more wait in `inbound_events`. */
  maxInFlight: number;
  /**
   * How long a process holds an event it handles: if it has not marked it handled by then (it died, or
   * the database was away), another sweep or replica handles it again.
   */
  claimMs: number;
  /** When handling yields to the acknowledgements (`HandlingPace`); absent: never. */
  burst?: BurstSettings;
}

/** The actor used to answer when identifying the speaker itself failed. */
const NOBODY: Actor = { person: null, roles: [], isAdmin: false };

/**
 * The event pipeline: `accept` records `(platform, eventId)` and the message id (the dedupe) with the
 * normalized event through the journal — one prepared insert on its own connection — and returns, so
 * the route can acknowledge at once. The handling — identify → route → handler, errors to the one sink
 * — runs from the recorded events at its own pace (see {@link HandlingQueue}). `drain` waits for it.
 */
export function createPipeline(deps: PipelineDeps): BotCore {
  const { journal, handling } = deps;
  const pace = handling.burst && new HandlingPace(handling.burst);
  const queue = new HandlingQueue({
    maxInFlight: handling.maxInFlight,
    log: deps.log,
    ...(pace ? { turn: () => pace.turn() } : {}),
    handle: (event, startedAt) => {
      const adapter = deps.adapters.get(event.platform);
      if (adapter) return handle(deps, adapter, event, startedAt);
      deps.log.warn({ eventId: event.eventId, platform: event.platform }, 'event of an unconfigured platform left');
      return Promise.resolve();
    },
    claim: (limit) => {
      const now = deps.clock.now();
      return journal.claim(limit, now, new Date(now.getTime() + handling.claimMs));
    },
  });
  return {
    async accept(received: InboundEvent): Promise<AcceptResult> {
      const startedAt = performance.now();
      pace?.arrived();
      const event = storableEvent(received);
      if (!deps.adapters.has(event.platform)) {
        throw new BotError('UNKNOWN_APP', 'core.internalError', { platform: event.platform });
      }
      const now = deps.clock.now();
      const handleNow = queue.reserve();
      let first: boolean;
      try {
        first = await journal.record({
          platform: event.platform,
          eventId: event.eventId,
          eventType: event.body.kind,
          ...(event.messageId ? { messageId: event.messageId } : {}),
          receivedAt: now,
          payload: event,
          ...(handleNow ? { claimedUntil: new Date(now.getTime() + handling.claimMs) } : {}),
        });
      } catch (error) {
        if (handleNow) queue.release();
        throw error;
      }
      const result: AcceptResult = first ? 'accepted' : 'duplicate';
      deps.metrics.ackSeconds.observe({ platform: event.platform, result }, (performance.now() - startedAt) / 1000);
      if (!first) {
        if (handleNow) queue.release();
        deps.metrics.eventsDuplicated.inc({ platform: event.platform });
        deps.log.info({ eventId: event.eventId, messageId: event.messageId }, 'duplicate event: not acted on again');
        return result;
      }
      deps.metrics.eventsReceived.inc({ platform: event.platform, kind: event.body.kind });
      if (handleNow) queue.start(event, startedAt);
      else queue.waiting();
      return result;
    },
    resumeUnhandled: () => queue.resume(),
    drain: () => queue.drain(),
    stop: () => queue.stop(),
  };
}

/** Handles one accepted event. Never throws: every failure ends in the error sink. */
async function handle(
  deps: PipelineDeps,
  adapter: PlatformAdapter,
  event: InboundEvent,
  acceptedAt: number,
): Promise<void> {
  const log = deps.log.child({ eventId: event.eventId });
  log.info({ platform: event.platform, kind: event.body.kind, chatType: event.chat.type }, 'event accepted');
  let ctx: Context | undefined;
  let outcome: HandlingOutcome = 'ok';
  try {
    const identityPlatform = adapter.identityPlatform ?? event.platform;
    const actor = await resolveActor(deps.db, identityPlatform, event.sender.userId, deps.config.adminUserIds, {
      ...(event.sender.unionId ? { unionId: event.sender.unionId } : {}),
      verifiedMobile: (userId) =>
        adapter.verifiedMobile(userId).catch((error: unknown) => {
          log.warn({ err: error }, 'could not read the verified mobile');
          return undefined;
        }),
      now: deps.clock.now(),
    });
    if (actor.person) {
      // The message's own time, bounded by now (a platform's clock ahead of ours must not pin the platform).
      const sentAt = new Date(Math.min(event.occurredAt.getTime(), deps.clock.now().getTime()));
      await recordPlatformUse(deps.db, actor.person.id, event.platform, sentAt);
      const unionIdOf = adapter.unionIdOf?.bind(adapter);
      if (unionIdOf && !event.sender.unionId && !actor.unionIdKnown) {
        await fillUnionId(deps.db, identityPlatform, event.sender.userId, () =>
          unionIdOf(event.sender.userId).catch((error: unknown) => {
            log.warn({ err: error }, 'could not look up the unionId');
            return undefined;
          }),
        );
      }
    }
    ctx = createContext(deps, deps.adapters, event, actor, log);
    await route(ctx, deps.registry);
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      // No apology for an outage: the event stays unhandled and the resume sweep handles it again once
      // the database is back (handlers are idempotent), so the user gets the real answer.
      log.warn({ err: error }, 'database unavailable: the event is handled again when it is back');
      return;
    }
    outcome = await sinkError(ctx ?? createContext(deps, deps.adapters, event, NOBODY, log), error);
  }
  await markInboundEventHandled(deps.db, event, deps.clock.now()).catch((error: unknown) =>
    log.error({ err: error }, 'could not mark the event handled'),
  );
  const seconds = (performance.now() - acceptedAt) / 1000;
  deps.metrics.handlerSeconds.observe({ kind: event.body.kind, outcome }, seconds);
  log.info({ outcome, ms: Math.round(seconds * 1000) }, 'event handled');
  deps.dispatcher.wake();
}
