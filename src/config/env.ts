import { z } from 'zod';
import { DEFAULT_PREPARED_STATEMENTS } from '../db/statement-names.js';

const csv = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(/[,，\s]+/)
      .map((v) => v.trim())
      .filter(Boolean),
  );

const bool = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

function wholeNumber(min: number, max: number, expected: string) {
  return z.coerce.number({ error: expected }).int(expected).min(min, expected).max(max, expected);
}

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'an IANA time zone such as Asia/Shanghai' },
);

/**
 * Every setting the service reads from the environment. `.env.example` documents each line; keep the
 * two in step (a test checks that every key here appears there).
 */
export const envSchema = z.object({
  PORT: wholeNumber(1, 65535, 'a port number from 1 to 65535').default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, 'file:<path> for SQLite or postgresql://… for PostgreSQL')
    .default('file:./data/bot.db'),
  DB_MIGRATE_ON_START: bool(true),
  BOT_TIMEZONE: timeZone.default('Asia/Shanghai'),
  BOT_LOCALE: z.enum(['zh-CN', 'en']).default('zh-CN'),
  /**
   * How old a message's own time may be and still be the time of a record (a check-in sent at 21:59:50
   * and redelivered at 22:05 is on time). Older, or in the future, the handling time is recorded instead
   * and the record is marked 延迟记录.
   */
  BOT_MESSAGE_MAX_AGE_MINUTES: wholeNumber(1, 24 * 60, 'minutes from 1 to 1440').default(120),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FEISHU_MODE: z.enum(['webhook', 'websocket']).default('webhook'),
  FEISHU_APP_ID: z
    .string()
    .regex(/^cli_[0-9a-z]+$/i, 'an app id like cli_a1b2c3d4e5f6a7b8')
    .optional(),
  FEISHU_APP_SECRET: z.string().min(1).optional(),
  FEISHU_ENCRYPT_KEY: z.string().min(1).optional(),
  FEISHU_VERIFICATION_TOKEN: z.string().min(1).optional(),
  FEISHU_BASE_URL: z.string().url('an http(s) URL such as https://open.feishu.cn').default('https://open.feishu.cn'),
  BOT_ADMIN_OPEN_IDS: csv,
  /** DingTalk (钉钉): the enterprise-internal app's Client ID (AppKey, also its robotCode) and secret. */
  DINGTALK_CLIENT_ID: z.string().min(1).optional(),
  DINGTALK_CLIENT_SECRET: z.string().min(1).optional(),
  /** How DingTalk delivers robot messages: `stream` (a WebSocket the service opens) or `http` (callbacks). */
  DINGTALK_MODE: z.enum(['stream', 'http']).default('stream'),
  /** The new OpenAPI host (tokens, robot sends, cards, the Stream gateway); for private deployments and tests. */
  DINGTALK_BASE_URL: z
    .string()
    .url('an http(s) URL such as https://api.dingtalk.com')
    .default('https://api.dingtalk.com'),
  /** The old OpenAPI host (user details for the unionId, media upload). */
  DINGTALK_OAPI_BASE_URL: z
    .string()
    .url('an http(s) URL such as https://oapi.dingtalk.com')
    .default('https://oapi.dingtalk.com'),
  /** An interactive card template (互动卡片) with `markdown` and `buttons` variables; without it cards go as markdown. */
  DINGTALK_CARD_TEMPLATE_ID: z.string().min(1).optional(),
  /**
   * The organisation's corpId (`ding…`) and the app's AgentId: together they turn on the check-in page's
   * DingTalk JSAPI (`dd.config`, signed with the jsapi ticket) and in-app login (`requestAuthCode`).
   */
  DINGTALK_CORP_ID: z.string().min(1).optional(),
  DINGTALK_AGENT_ID: z.string().regex(/^\d+$/, "the app's numeric AgentId").optional(),
  /** Calls per second to each DingTalk robot API (batchSend, group send; the free edition allows about 20). */
  DINGTALK_RATE_PER_SECOND: wholeNumber(1, 1000, 'a number of calls from 1 to 1000').default(20),
  /** Calls per second to each DingTalk card API (create and deliver, update); as the robot APIs unless raised. */
  DINGTALK_CARD_RATE_PER_SECOND: wholeNumber(1, 1000, 'a number of calls from 1 to 1000').default(20),
  /**
   * The sandbox chat (`npm run chat`): on by default only when no chat platform is configured; its routes
   * answer loopback clients only.
   */
  SANDBOX_ENABLED: z.enum(['auto', 'true', 'false']).default('auto'),
  /**
   * How long a replica holds a claimed outbound message. After a crash, another replica (or the
   * restarted one) takes the message over when this runs out; keep it above the 10 s send timeout.
   */
  DELIVERY_LEASE_SECONDS: wholeNumber(2, 3600, 'seconds from 2 to 3600').default(60),
  /**
   * Feishu's send limits for the app, per API (send, reply and card update each: 50/s, 1000/min; 5/s to
   * one chat or user, whatever the API). Lower them if Feishu
   * grants this app less; the bench raises the per-minute one to measure the per-second ceiling alone.
   */
  FEISHU_RATE_PER_SECOND: wholeNumber(1, 10_000, 'a number of messages from 1 to 10000').default(50),
  FEISHU_RATE_PER_MINUTE: wholeNumber(1, 600_000, 'a number of messages from 1 to 600000').default(1000),
  FEISHU_RATE_PER_RECEIVER: wholeNumber(1, 1000, 'a number of messages from 1 to 1000').default(5),
  /**
   * How many replicas send for the same app: each takes this share of the app's limits (the limiter is
   * per process, Feishu's limits are per app).
   */
  DELIVERY_REPLICAS: wholeNumber(1, 100, 'a replica count from 1 to 100').default(1),
  /** Longest pause of an API's sending after a rate-limit answer, in milliseconds (0: no pause). */
  DELIVERY_MAX_APP_PAUSE_MS: wholeNumber(0, 600_000, 'milliseconds from 0 to 600000').default(60_000),
  /**
   * Age after which an event acknowledged but not handled is taken to be abandoned by a dead process and
   * handled again at start. The margin leaves events a live replica is handling right now to it.
   */
  RESUME_AFTER_SECONDS: wholeNumber(1, 3600, 'seconds from 1 to 3600').default(30),
  /**
   * PostgreSQL: distinct SQL statements each connection keeps prepared (parsed and planned once, then
   * executed by name); 0 prepares none, as behind a pooler in transaction mode (pgbouncer without
   * `max_prepared_statements`).
   */
  DATABASE_PREPARED_STATEMENTS: wholeNumber(0, 10_000, 'a whole number from 0 to 10000').default(
    DEFAULT_PREPARED_STATEMENTS,
  ),
  /**
   * Events one process handles at once; more wait in the database (`inbound_events`), not in memory,
   * and are taken oldest first as handlings finish.
   */
  HANDLING_MAX_IN_FLIGHT: wholeNumber(1, 1000, 'a whole number from 1 to 1000').default(16),
  /**
   * Events arriving in one second at or above which handling yields the thread to the acknowledgements
   * (src/core/handling-pace.ts); 0: it never does. Far above a morning's check-ins (tens a second).
   */
  HANDLING_BURST_THRESHOLD: wholeNumber(0, 100_000, 'a whole number from 0 to 100000').default(100),
  /** New handlings started per second while handling yields; the other events wait in `inbound_events`. */
  HANDLING_BURST_RATE: wholeNumber(1, 1000, 'a whole number from 1 to 1000').default(20),
  /**
   * How long a clinic head's confirmation card gathers new arrivals (one card per head, updated in place
   * as physicians arrive); 0 sends one card per arrival.
   */
  CONFIRMATION_GATHER_MINUTES: wholeNumber(0, 120, 'minutes from 0 to 120').default(5),
  /** Scheduled jobs (reminders, broadcasts, housekeeping); turn off on replicas that should only serve. */
  SCHEDULER_ENABLED: bool(true),
  /**
   * Largest accepted webhook body. It must sit above the largest message Feishu can deliver: a text
   * message of 150 KB (Feishu's limit) arrives as about 200 KB encrypted and base64-encoded, about 400 KB
   * if every character is \u-escaped (measured with the emulator, see README "Security"); 1 MiB leaves a margin.
   */
  WEBHOOK_BODY_LIMIT_BYTES: wholeNumber(1024, 10 * 1024 * 1024, 'a byte count from 1024 to 10485760').default(
    1024 * 1024,
  ),
  /**
   * Bearer token `/metrics` requires (`Authorization: Bearer <token>`). Without it `/metrics` answers
   * only requests from the machine itself (loopback), never the webhook's public side.
   */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /**
   * The address people's phones open the check-in page at (`<PUBLIC_BASE_URL>/app/checkin`); default
   * `http://127.0.0.1:<PORT>`, which only works on this machine (the sandbox chat).
   */
  PUBLIC_BASE_URL: z
    .string()
    .url('an http(s) URL such as https://bot.example.org')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  /** Signs check-in links (HMAC-SHA256); unset: a random one per start (links die with the process). */
  CHECKIN_LINK_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  /** How long a check-in link may be opened. */
  CHECKIN_LINK_TTL_MINUTES: wholeNumber(1, 24 * 60, 'minutes from 1 to 1440').default(15),
  /** Feishu's H5 JSAPI script, loaded by the check-in page only inside Feishu. */
  FEISHU_H5_SDK_URL: z
    .string()
    .url('an http(s) URL')
    .default('https://lf1-cdn-tos.bytegoofy.com/goofy/lark/op/h5-js-sdk-1.5.26.js'),
  /** DingTalk's JSAPI script, loaded by the check-in page only inside DingTalk. */
  DINGTALK_H5_SDK_URL: z
    .string()
    .url('an http(s) URL')
    .default('https://g.alicdn.com/dingding/dingtalk-jsapi/3.0.25/dingtalk.open.js'),
  /**
   * Bench and tests only (the simulated month, README "Performance"): start the service on a simulated
   * clock at this instant, moved forward through `POST /simulation/clock` with the token below. Refused
   * when NODE_ENV is production (src/simulation/settings.ts).
   */
  SIMULATED_CLOCK_START: z.iso
    .datetime({ offset: true, error: 'an ISO instant such as 2026-11-01T00:00:00+08:00' })
    .optional(),
  /** Bearer token of `/simulation/clock`; required with SIMULATED_CLOCK_START. */
  SIMULATED_CLOCK_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
});

/** Validated configuration. */
export type Env = z.infer<typeof envSchema>;

/** A configuration problem, worded for the person starting the service. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`配置错误 / configuration error: ${variable} — 应为 / expected: ${expected}`);
  }
}

/**
 * Parses the environment. Empty strings count as unset, so `FOO=` in a .env file means "default".
 * @throws ConfigError naming the first bad variable.
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? 'environment');
  throw new ConfigError(variable, describeExpected(issue));
}

function describeExpected(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'a valid value';
  if (issue.code === 'invalid_value' && 'values' in issue) return `one of ${issue.values.join(', ')}`;
  return issue.message;
}

/** True when enough Feishu settings are present to talk to Feishu at all. */
export function hasFeishuCredentials(env: Env): env is Env & { FEISHU_APP_ID: string; FEISHU_APP_SECRET: string } {
  return Boolean(env.FEISHU_APP_ID && env.FEISHU_APP_SECRET);
}

/** True when the DingTalk app's id and secret are present. */
export function hasDingtalkCredentials(
  env: Env,
): env is Env & { DINGTALK_CLIENT_ID: string; DINGTALK_CLIENT_SECRET: string } {
  return Boolean(env.DINGTALK_CLIENT_ID && env.DINGTALK_CLIENT_SECRET);
}

/** Whether the sandbox chat routes are mounted: by default only when no chat platform is configured. */
export function sandboxEnabled(env: Env): boolean {
  if (env.SANDBOX_ENABLED !== 'auto') return env.SANDBOX_ENABLED === 'true';
  return !hasFeishuCredentials(env) && !hasDingtalkCredentials(env);
}
