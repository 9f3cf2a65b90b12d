import { limitsPerReplica } from './delivery/rate-limiter.js';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Router from '@koa/router';
import { hasFeishuCredentials, sandboxEnabled, type Env } from './config/env.js';
import type { BotCore } from './core/bot.js';
import { checkinPageRouter, createCheckinLinks } from './checkin-page/create-page.js';
import type { CheckinLinks } from './checkin-page/links.js';
import { createBot } from './core/create-bot.js';
import type { PlatformName } from './core/event.js';
import { openDatabase, type Database } from './db/client.js';
import { applyPendingMigrations } from './db/migrate/migrations.js';
import { countOutboundQueued } from './db/queries/outbound-messages.js';
import { Dispatcher, type DispatcherOptions } from './delivery/dispatcher.js';
import { createHttpApp } from './http/app.js';
import { healthRoutes } from './http/routes/health.js';
import { metricsRoutes } from './http/routes/metrics.js';
import type { Logger } from './log/logger.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import type { PlatformAdapter } from './platforms/adapter.js';
import { FeishuAdapter } from './platforms/feishu/adapter.js';
import { assertFeishuConfig, feishuAppSettings, type FeishuEnv } from './platforms/feishu/config.js';
import { feishuWebhookRoutes } from './platforms/feishu/webhook-routes.js';
import { startFeishuWebsocket, type FeishuWebsocket } from './platforms/feishu/websocket.js';
import { SandboxAdapter } from './platforms/sandbox/adapter.js';
import { sandboxRoutes } from './platforms/sandbox/routes.js';
import { createScheduler } from './scheduler/create-scheduler.js';
import type { Scheduler } from './scheduler/scheduler.js';
import type { Clock } from './time/clock.js';

/** How to start the service. */
export interface ServiceOptions {
  env: Env;
  clock: Clock;
  log: Logger;
  /** Overrides `PORT` (tests pass 0 for a free port). */
  port?: number;
  /** Address to listen on; default all interfaces (Feishu must reach the webhooks). */
  host?: string;
  /** Dispatcher tuning (tests and benchmarks lower the poll interval or the rate limits). */
  dispatcher?: Partial<Omit<DispatcherOptions, 'database' | 'adapters' | 'logger' | 'metrics' | 'clock'>>;
}

/** A running service. */
export interface RunningService {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  database: Database;
  bot: BotCore;
  dispatcher: Dispatcher;
  /** The job scheduler; absent when `SCHEDULER_ENABLED=false` or no platform is configured. */
  scheduler?: Scheduler;
  metrics: Metrics;
  adapters: ReadonlyMap<PlatformName, PlatformAdapter>;
  /** Mints the check-in page's links (the sandbox chat and tests use it too). */
  checkinLinks: CheckinLinks;
  /** Stops accepting requests, finishes handlers in flight and deliveries, closes the database. */
  stop(): Promise<void>;
}

/**
 * Starts the whole service: the composition root. Order matters: migrations before the first query,
 * the dispatcher before events can enqueue, the HTTP server last so nothing arrives half-ready.
 */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { env, clock, log } = options;
  const feishuEnv = feishuSettingsOf(env);
  const feishu = Boolean(feishuEnv);
  if (!feishuEnv) log.info(NO_FEISHU_HINT);

  if (env.DB_MIGRATE_ON_START) {
    const applied = await applyPendingMigrations(env.DATABASE_URL);
    if (applied.length) log.info({ applied }, '已应用数据库迁移 / migrations applied');
  }
  const database = openDatabase(env.DATABASE_URL);
  const metrics = createMetrics();

  const adapters = new Map<PlatformName, PlatformAdapter>();
  const feishuAdapter = feishuEnv
    ? new FeishuAdapter(feishuAppSettings(feishuEnv), { log, locale: env.BOT_LOCALE })
    : undefined;
  if (feishuAdapter) adapters.set('FEISHU', feishuAdapter);
  const sandbox = sandboxEnabled(env) ? new SandboxAdapter(clock) : undefined;
  if (sandbox) adapters.set('SANDBOX', sandbox);

  const feishuLimits = {
    appPerSecond: env.FEISHU_RATE_PER_SECOND,
    appPerMinute: env.FEISHU_RATE_PER_MINUTE,
    receiverPerSecond: env.FEISHU_RATE_PER_RECEIVER,
  };
  const dispatcher = new Dispatcher({
    leaseMs: env.DELIVERY_LEASE_SECONDS * 1000,
    rateLimits: { FEISHU: limitsPerReplica(feishuLimits, env.DELIVERY_REPLICAS) },
    maxAppPauseMs: env.DELIVERY_MAX_APP_PAUSE_MS,
    ...options.dispatcher,
    database,
    adapters,
    logger: log,
    metrics,
    clock,
  });
  const links = createCheckinLinks(env, clock, log);
  const bot = createBot({
    links,
    db: database.db,
    clock,
    log,
    metrics,
    adapters,
    dispatcher,
    config: { locale: env.BOT_LOCALE, timeZone: env.BOT_TIMEZONE, adminUserIds: env.BOT_ADMIN_OPEN_IDS },
  });

  const backlog = () => countOutboundQueued(database.db);
  const routers: Router[] = [
    healthRoutes({ database, backlog }),
    metricsRoutes(metrics, async () => metrics.outboundQueueDepth.set(await backlog())),
  ];
  const botOpenId = feishuAdapter ? () => feishuAdapter.botOpenId() : undefined;
  const platformDeps = { bot, config: env, log, metrics, clock, botOpenId };
  if (feishu && env.FEISHU_MODE === 'webhook') routers.push(feishuWebhookRoutes(platformDeps));
  if (sandbox) routers.push(sandboxRoutes({ core: bot, adapter: sandbox, log }));
  const logins = feishuAdapter ? [feishuAdapter.inAppLogin()] : [];
  routers.push(checkinPageRouter({ env, db: database.db, clock, log, dispatcher, adapters, logins }, links));

  dispatcher.start();
  // Events of a crashed run were acknowledged to the platform but maybe not handled: finish them. The
  // margin leaves events another live replica is handling right now to that replica.
  const resumeAfterMs = env.RESUME_AFTER_SECONDS * 1000;
  await bot.resumeUnhandled(resumeAfterMs);
  // Also while running: an event whose handling met a database outage, or was left by a replica that
  // died, is handled again without waiting for the next start.
  const resumeSweep = setInterval(() => {
    bot.resumeUnhandled(resumeAfterMs).catch((error: unknown) => log.warn({ err: error }, 'resume sweep failed'));
  }, resumeAfterMs);
  resumeSweep.unref();
  const jobAdapter = feishuAdapter ?? sandbox;
  const scheduler =
    env.SCHEDULER_ENABLED && jobAdapter
      ? createScheduler({
          db: database.db,
          clock,
          log,
          config: schedulerConfig(env),
          adapter: jobAdapter,
          dispatcher,
          links,
        })
      : undefined;
  await scheduler?.start();
  const websocket: FeishuWebsocket | undefined =
    feishu && env.FEISHU_MODE === 'websocket' ? await startFeishuWebsocket(platformDeps) : undefined;
  const app = createHttpApp(routers, log);
  const server = await listen(app.callback(), options.port ?? env.PORT, options.host);
  const port = (server.address() as AddressInfo).port;
  links.listeningOn(port);
  log.info(
    { port, database: database.provider, feishu: feishu ? env.FEISHU_MODE : 'off', sandbox: Boolean(sandbox) },
    '巡诊助手已启动 / service started',
  );

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    database,
    bot,
    dispatcher,
    ...(scheduler ? { scheduler } : {}),
    metrics,
    adapters,
    checkinLinks: links,
    async stop() {
      clearInterval(resumeSweep);
      await scheduler?.stop();
      websocket?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Long-polls of the sandbox chat would otherwise hold the close for up to 25 s.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1_000).unref();
      });
      await bot.drain();
      await dispatcher.stop();
      await database.close();
      log.info('巡诊助手已停止 / service stopped');
    },
  };
}

/** Where jobs read dates and write messages: the bot's time zone and language. */
function schedulerConfig(env: Env) {
  return { locale: env.BOT_LOCALE, timeZone: env.BOT_TIMEZONE };
}

/** One log line for a start without Feishu credentials. */
const NO_FEISHU_HINT =
  '未配置飞书应用：仅沙盒聊天可用（npm run chat）。接入飞书请设置 FEISHU_APP_ID、FEISHU_APP_SECRET、FEISHU_ENCRYPT_KEY、FEISHU_VERIFICATION_TOKEN，见 README“Connecting a Feishu app” / ' +
  'No Feishu app configured: only the sandbox chat works (npm run chat). To connect Feishu set FEISHU_APP_ID, FEISHU_APP_SECRET, FEISHU_ENCRYPT_KEY and FEISHU_VERIFICATION_TOKEN (README, "Connecting a Feishu app").';

/** The Feishu settings when an app is configured (checked for the mode: refuses to start if unusable). */
function feishuSettingsOf(env: Env): FeishuEnv | undefined {
  if (!hasFeishuCredentials(env)) return undefined;
  assertFeishuConfig(env);
  return env;
}

function listen(handler: RequestListener, port: number, host?: string): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
