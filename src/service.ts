import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Router from '@koa/router';
import type { Env } from './config/env.js';
import type { BotCore } from './core/bot.js';
import { checkinPageRouter, createCheckinLinks } from './checkin-page/create-page.js';
import type { CheckinLinks } from './checkin-page/links.js';
import { recordPageRoutes } from './service-record/record-page-routes.js';
import { createBot } from './create-bot.js';
import type { PlatformName } from './core/event.js';
import { openDatabase, type Database } from './db/client.js';
import { applyPendingMigrations, latestShippedMigration } from './db/migrate/migrations.js';
import { countUnhandledInboundEvents } from './db/queries/inbound-events.js';
import { countOutboundQueued } from './db/queries/outbound-messages.js';
import { Dispatcher, type DispatcherOptions } from './delivery/dispatcher.js';
import { createHttpApp } from './http/app.js';
import { healthRoutes } from './http/routes/health.js';
import { metricsRoutes } from './http/routes/metrics.js';
import type { Logger } from './log/logger.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import type { PlatformAdapter } from './platforms/adapter.js';
import { platformModules } from './platforms/index.js';
import { createScheduler } from './scheduler/create-scheduler.js';
import type { Scheduler } from './scheduler/scheduler.js';
import { simulationRoutes } from './simulation/routes.js';
import type { Simulation } from './simulation/settings.js';
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
  /**
   * A run on a simulated clock (the bench's month): `clock` must be its clock; `/simulation/clock` is
   * mounted to move it. Never in production (src/simulation/settings.ts).
   */
  simulation?: Simulation;
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
  const configured = platformModules.filter((module) => module.configured(env));
  if (!configured.some((module) => module.name !== 'SANDBOX')) log.info(NO_PLATFORM_HINT);

  if (env.DB_MIGRATE_ON_START) {
    const applied = await applyPendingMigrations(env.DATABASE_URL);
    if (applied.length) log.info({ applied }, '已应用数据库迁移 / migrations applied');
  }
  const database = openDatabase(env.DATABASE_URL, { preparedStatements: env.DATABASE_PREPARED_STATEMENTS });
  const metrics = createMetrics();

  const platforms = new Map(
    configured.map((module) => [module.name, module.create(env, { log, clock, db: database.db })]),
  );
  const adapters = new Map([...platforms].map(([name, platform]) => [name, platform.adapter]));
  const rateLimits = Object.fromEntries(
    [...platforms].flatMap(([name, platform]) => (platform.rateLimits ? [[name, platform.rateLimits]] : [])),
  );
  const dispatcher = new Dispatcher({
    leaseMs: env.DELIVERY_LEASE_SECONDS * 1000,
    rateLimits,
    maxAppPauseMs: env.DELIVERY_MAX_APP_PAUSE_MS,
    ...options.dispatcher,
    database,
    adapters,
    logger: log,
    metrics,
    clock,
  });
  const resumeAfterMs = env.RESUME_AFTER_SECONDS * 1000;
  const links = createCheckinLinks(env, clock, log);
  const bot = createBot({
    links,
    db: database.db,
    journal: database.journal,
    handling: {
      maxInFlight: env.HANDLING_MAX_IN_FLIGHT,
      claimMs: resumeAfterMs,
      burst: { threshold: env.HANDLING_BURST_THRESHOLD, ratePerSecond: env.HANDLING_BURST_RATE },
    },
    clock,
    log,
    metrics,
    adapters,
    dispatcher,
    config: {
      locale: env.BOT_LOCALE,
      timeZone: env.BOT_TIMEZONE,
      adminUserIds: env.BOT_ADMIN_OPEN_IDS,
      messageMaxAgeMinutes: env.BOT_MESSAGE_MAX_AGE_MINUTES,
      confirmationGatherMinutes: env.CONFIRMATION_GATHER_MINUTES,
    },
  });

  const receivers = [...platforms.values()].flatMap((platform) =>
    platform.receivers({ bot, config: env, log, metrics, clock }),
  );
  const backlog = () => countOutboundQueued(database.db);
  const routers: Router[] = [
    healthRoutes({ database, backlog, expectedMigration: await latestShippedMigration(database.provider) }),
    metricsRoutes(
      metrics,
      async () => {
        metrics.outboundQueueDepth.set(await backlog());
        metrics.inboundUnhandled.set(await countUnhandledInboundEvents(database.db));
      },
      { token: env.METRICS_TOKEN },
    ),
    ...receivers.flatMap((receiver) => (receiver.routes ? [receiver.routes] : [])),
  ];
  // The platforms whose app logs users in inside its browser (Feishu when configured) serve the page's login.
  const logins = [...platforms.values()].flatMap((platform) => (platform.inAppLogin ? [platform.inAppLogin] : []));
  routers.push(checkinPageRouter({ env, db: database.db, clock, log, dispatcher, adapters, logins }, links));
  routers.push(recordPageRoutes({ db: database.db, clock, links, locale: env.BOT_LOCALE, timeZone: env.BOT_TIMEZONE }));

  dispatcher.start();
  // Events of a crashed run were acknowledged to the platform but maybe not handled: finish them once
  // their claim (RESUME_AFTER_SECONDS) expired, which leaves events a live replica handles to it.
  await bot.resumeUnhandled();
  // Also while running: an event whose handling met a database outage, or was left by a replica that
  // died, is handled again without waiting for the next start.
  const resumeSweep = setInterval(() => {
    bot.resumeUnhandled().catch((error: unknown) => log.warn({ err: error }, 'resume sweep failed'));
  }, resumeAfterMs);
  resumeSweep.unref();
  const scheduler =
    env.SCHEDULER_ENABLED && adapters.size > 0
      ? createScheduler({ db: database.db, clock, log, config: schedulerConfig(env), adapters, dispatcher, links })
      : undefined;
  await scheduler?.start();
  if (options.simulation) {
    const pending = async () => ({
      inboundUnhandled: await countUnhandledInboundEvents(database.db),
      outboundQueued: await backlog(),
    });
    routers.push(simulationRoutes({ ...options.simulation, scheduler, pending }));
  }
  for (const receiver of receivers) await receiver.start?.();
  const app = createHttpApp(routers, log, metrics);
  const server = await listen(app.callback(), options.port ?? env.PORT, options.host);
  const port = (server.address() as AddressInfo).port;
  links.listeningOn(port);
  const modes = Object.fromEntries([...platforms].map(([name, platform]) => [name.toLowerCase(), platform.mode]));
  log.info({ port, database: database.provider, ...modes }, '巡诊助手已启动 / service started');

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
      for (const receiver of receivers) await receiver.stop?.();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Long-polls of the sandbox chat would otherwise hold the close for up to 25 s.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1_000).unref();
      });
      await bot.stop();
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

/** One log line for a start without any chat platform but the sandbox. */
const NO_PLATFORM_HINT =
  '未配置飞书或钉钉应用：仅沙盒聊天可用（npm run chat）。接入飞书请设置 FEISHU_APP_ID、FEISHU_APP_SECRET、FEISHU_ENCRYPT_KEY、FEISHU_VERIFICATION_TOKEN，见 README“Connecting a Feishu app”；接入钉钉请设置 DINGTALK_CLIENT_ID、DINGTALK_CLIENT_SECRET，见 README“Connecting a DingTalk app” / ' +
  'No Feishu or DingTalk app configured: only the sandbox chat works (npm run chat). To connect Feishu set FEISHU_APP_ID, FEISHU_APP_SECRET, FEISHU_ENCRYPT_KEY and FEISHU_VERIFICATION_TOKEN (README, "Connecting a Feishu app"); to connect DingTalk set DINGTALK_CLIENT_ID and DINGTALK_CLIENT_SECRET (README, "Connecting a DingTalk app").';

function listen(handler: RequestListener, port: number, host?: string): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
