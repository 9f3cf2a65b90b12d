import type Router from '@koa/router';
import type { Env } from '../config/env.js';
import type { BotCore } from '../core/bot.js';
import type { Db } from '../db/client.js';
import type { PlatformName } from '../core/event.js';
import type { RateLimits } from '../delivery/rate-limiter.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { Clock } from '../time/clock.js';
import type { PlatformAdapter } from './adapter.js';
import type { InAppLogin } from './in-app-login.js';

/** What a receiver hands its events to, and what it reports with. */
export interface ReceiverDeps {
  bot: BotCore;
  config: Env;
  log: Logger;
  metrics: Metrics;
  clock: Clock;
}

/**
 * The inbound side of a platform (the idea of Slack Bolt's `Receiver`): what it mounts to receive
 * events — HTTP routes, a socket client, or both — and turns into `bot.accept` calls. The service mounts
 * `routes` before it listens, calls `start` once everything is ready and `stop` when it shuts down.
 */
export interface Receiver {
  /** Routes served on the service's HTTP port (webhooks, the sandbox's loopback API). */
  readonly routes?: Router;
  /** Connects (a long connection, a stream). */
  start?(): Promise<void>;
  /** Disconnects and stops reconnecting. */
  stop?(): void | Promise<void>;
}

/** What a platform is built with. */
export interface PlatformDeps {
  log: Logger;
  clock: Clock;
  /** The service's database (the DingTalk adapter journals its sends there). */
  db: Db;
}

/** One configured platform: its outbound adapter and how it receives. */
export interface Platform {
  readonly adapter: PlatformAdapter;
  /** The dispatcher's limits for this platform, this replica's share (absent: the dispatcher's default). */
  readonly rateLimits?: RateLimits;
  /** How it receives, for the start log line (`webhook`, `websocket`, `stream`, `loopback` …). */
  readonly mode: string;
  /** The check-in page's in-app login in this platform's browser (Feishu), when it has one. */
  readonly inAppLogin?: InAppLogin;
  /** Builds the receivers once the bot core exists (it needs every adapter first). */
  receivers(deps: ReceiverDeps): Receiver[];
}

/**
 * A chat platform module: one folder under `src/platforms/`, one line in `src/platforms/index.ts`.
 * Adding a platform means writing one of these; the service builds every configured one in a loop.
 */
export interface PlatformModule {
  readonly name: PlatformName;
  /**
   * Whether the environment configures this platform.
   * @throws ConfigError when it is configured but unusable (the service must not start half-set).
   */
  configured(env: Env): boolean;
  /** The adapter alone (tools that only send, like `npm run import`). */
  createAdapter(env: Env, deps: PlatformDeps): PlatformAdapter;
  /** The adapter and its receivers (the service). */
  create(env: Env, deps: PlatformDeps): Platform;
}
