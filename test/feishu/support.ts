import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type Router from '@koa/router';
import { pino } from 'pino';
import { loadEnv, type Env } from '../../src/config/env.js';
import type { AcceptResult, BotCore } from '../../src/core/bot.js';
import type { InboundEvent } from '../../src/core/event.js';
import { createHttpApp } from '../../src/http/app.js';
import type { Logger } from '../../src/log/logger.js';
import { resolveApp, type FeishuApp } from '../emulator/feishu/index.js';

/** The app every Feishu test uses; the id has the `cli_` + 16 hex form the WebSocket client needs. */
export const APP: FeishuApp = resolveApp({
  appId: 'cli_0123456789abcdef',
  appSecret: 'test-app-secret',
  encryptKey: 'test-encrypt-key-0123456789',
  verificationToken: 'vt-test-verification-token',
});

/** The environment variables of a service on `databaseUrl` that is {@link APP} against an emulator at `baseUrl`. */
export function appServiceEnv(databaseUrl: string, baseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    FEISHU_APP_ID: APP.appId,
    FEISHU_APP_SECRET: APP.appSecret,
    FEISHU_ENCRYPT_KEY: APP.encryptKey ?? '',
    FEISHU_VERIFICATION_TOKEN: APP.verificationToken,
    FEISHU_BASE_URL: baseUrl,
  };
}

/** Validated settings for {@link APP} in webhook mode, plus overrides. */
export function feishuEnv(overrides: Record<string, string> = {}): Env {
  return loadEnv({
    FEISHU_MODE: 'webhook',
    FEISHU_APP_ID: APP.appId,
    FEISHU_APP_SECRET: APP.appSecret,
    FEISHU_ENCRYPT_KEY: APP.encryptKey ?? '',
    FEISHU_VERIFICATION_TOKEN: APP.verificationToken,
    ...overrides,
  });
}

/** One pino line as written (level 40 = warn, 50 = error). */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A pino logger that keeps every line in memory. */
export function memoryLogger(): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const log = pino(
    { level: 'debug' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as LogLine);
        done();
      },
    }),
  );
  return { log, lines };
}

/**
 * A stand-in core that records accepted events and dedupes by event id like the real one; `failNext`
 * makes the next accept throw, as a database outage would.
 */
export class RecordingCore implements BotCore {
  readonly accepted: InboundEvent[] = [];
  duplicates = 0;
  failNext = false;
  private readonly seen = new Set<string>();

  async accept(event: InboundEvent): Promise<AcceptResult> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('database unavailable');
    }
    if (this.seen.has(event.eventId)) {
      this.duplicates++;
      return 'duplicate';
    }
    this.seen.add(event.eventId);
    this.accepted.push(event);
    return 'accepted';
  }

  async resumeUnhandled(): Promise<number> {
    return 0;
  }

  async drain(): Promise<void> {}

  async stop(): Promise<void> {}
}

/** A real Koa app (the service's) with the given routers, on a free port. */
export async function listen(routers: Router[], log: Logger): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = createHttpApp(routers, log).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
