import { fillUnionId, recordPlatformUse } from '../db/queries/chat-identities.js';
import {
  listUnhandledInboundEvents,
  markInboundEventHandled,
  recordInboundEvent,
} from '../db/queries/inbound-events.js';
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
}

/** Interrupted events resumed per sweep; more wait for the next sweep (they are rare). */
const RESUME_BATCH = 500;

/** The actor used to answer when identifying the speaker itself failed. */
const NOBODY: Actor = { person: null, roles: [], isAdmin: false };

/**
 * The event pipeline: `accept` records `(platform, eventId)` and the message id (the dedupe) and
 * returns, so the route can acknowledge at once; the handling — identify → route → handler, errors to
 * the one sink — starts after that, on its own. `drain` waits for handlings still running.
 */
export function createPipeline(deps: PipelineDeps): BotCore {
  const inFlight = new Set<Promise<void>>();
  // Events this process is handling now, so a resume sweep never starts a second handling of one.
  const handling = new Set<string>();
  const track = (event: InboundEvent, task: Promise<void>) => {
    const id = `${event.platform}:${event.eventId}`;
    inFlight.add(task);
    handling.add(id);
    void task.finally(() => {
      inFlight.delete(task);
      handling.delete(id);
    });
  };
  return {
    async accept(received: InboundEvent): Promise<AcceptResult> {
      const event = storableEvent(received);
      const adapter = deps.adapters.get(event.platform);
      if (!adapter) throw new BotError('UNKNOWN_APP', 'core.internalError', { platform: event.platform });
      const acceptedAt = performance.now();
      const first = await recordInboundEvent(deps.db, {
        platform: event.platform,
        eventId: event.eventId,
        eventType: event.body.kind,
        messageId: event.messageId,
        receivedAt: deps.clock.now(),
        payload: event,
      });
      if (!first) {
        deps.metrics.eventsDuplicated.inc({ platform: event.platform });
        deps.log.info({ eventId: event.eventId, messageId: event.messageId }, 'duplicate event: not acted on again');
        return 'duplicate';
      }
      deps.metrics.eventsReceived.inc({ platform: event.platform, kind: event.body.kind });
      // setImmediate: the handling must not begin before the caller has had its answer.
      track(
        event,
        new Promise((resolve) => setImmediate(resolve)).then(() => handle(deps, adapter, event, acceptedAt)),
      );
      return 'accepted';
    },
    async resumeUnhandled(olderThanMs: number): Promise<number> {
      const receivedBefore = new Date(deps.clock.now().getTime() - olderThanMs);
      const events = await listUnhandledInboundEvents(deps.db, receivedBefore, RESUME_BATCH);
      let resumed = 0;
      for (const event of events) {
        const adapter = deps.adapters.get(event.platform);
        if (!adapter || handling.has(`${event.platform}:${event.eventId}`)) continue;
        deps.log.warn({ eventId: event.eventId }, 'resuming an event whose handling was interrupted');
        track(event, handle(deps, adapter, event, performance.now()));
        resumed++;
      }
      return resumed;
    },
    async drain(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
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
      await recordPlatformUse(deps.db, actor.person.id, event.platform);
      const unionIdOf = adapter.unionIdOf?.bind(adapter);
      if (unionIdOf && !event.sender.unionId) {
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
