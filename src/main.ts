/**
 * Entry point of `npm start`: reads the configuration, starts the service, stops it gracefully on
 * SIGTERM / SIGINT. A configuration error prints one line and exits 1 (never a stack trace).
 */
import { ConfigError } from './config/env.js';
import { loadEnvOrExit } from './config/load-or-exit.js';
import { createLogger } from './log/logger.js';
import { startService } from './service.js';
import { simulationOf } from './simulation/settings.js';
import { systemClock } from './time/clock.js';

const env = loadEnvOrExit();

const log = createLogger(env.LOG_LEVEL);
try {
  // The bench's simulated month runs the service on a clock it moves (never in production).
  const simulation = simulationOf(env, process.env.NODE_ENV);
  if (simulation) log.warn('模拟时钟 / running on a simulated clock (bench only)');
  const service = await startService({
    env,
    clock: simulation?.clock ?? systemClock,
    log,
    ...(simulation && { simulation }),
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, '正在停止服务 / shutting down');
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  log.fatal({ err: error }, '服务启动失败 / the service failed to start');
  process.exit(1);
}
