import { pino, type Logger } from 'pino';

/** The structured logger type used everywhere (pino). */
export type { Logger };

/**
 * The root logger. Every inbound event gets a child with its `eventId`, every job run one with its
 * `job` and `slot`, so one grep follows one event end to end.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'clinic-rotation-bot' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Phone numbers and secrets must never reach the logs.
    redact: {
      paths: ['*.phone', '*.mobile', '*.appSecret', '*.encryptKey', 'headers.authorization'],
      censor: '[redacted]',
    },
  });
}
