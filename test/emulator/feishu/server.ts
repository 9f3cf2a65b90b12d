import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_TENANT_KEY, resolveApp, type FeishuApp, type FeishuAppConfig } from './app.js';
import type { Clock } from './clock.js';
import { ErrorCodes } from './codes.js';
import { FaultInjector, type ApiName, type Fault } from './faults.js';
import { fail, readBody, type EmulatorReply } from './http.js';
import { AppLimiter, FEISHU_RATE_LIMITS, SlidingWindow, type RateLimits } from './rate-limit.js';
import { authRoutes } from './routes-auth.js';
import { contactRoutes } from './routes-contact.js';
import { h5Routes } from './routes-h5.js';
import { fileRoutes, MAX_UPLOAD_BYTES } from './routes-files.js';
import { messageRoutes } from './routes-messages.js';
import type { Route, RouteDeps } from './routing.js';
import { EmulatorState } from './state.js';
import { TokenIssuer } from './tokens.js';

/** Bodies above this are refused with 413 before any route sees them (leaves room for a 30 MB upload). */
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

/** Options of {@link startFeishuEmulator}. */
export interface FeishuEmulatorOptions {
  /** The apps (bots) that may get tokens; at least one. */
  apps: FeishuAppConfig[];
  /** Clock for the uuid window, rate windows and message times (and token expiry unless `tokenNow`). Default `Date.now`. */
  now?: Clock;
  /**
   * Clock for token expiry, default `now`. The SDK caches its token on real time, so an emulator run on a
   * test's manual clock keeps tokens on real time: a jump of hours must not expire a token the SDK still holds.
   */
  tokenNow?: Clock;
  /** Seed of the fault PRNG and of generated ids. Default 1. */
  seed?: number;
  /** Overrides of Feishu's limits, e.g. `{ appPerSecond: Infinity }` for a load test of something else. */
  limits?: Partial<RateLimits>;
  tenantKey?: string;
  /** Default 0: a free port. */
  port?: number;
}

/** A running emulator. */
export interface FeishuEmulator {
  /** `http://127.0.0.1:<port>`: pass as the SDK Client's `domain`. */
  baseUrl: string;
  state: EmulatorState;
  faults: FaultInjector;
  tokens: TokenIssuer;
  now: Clock;
  /** The configured apps with every default filled in, by app id. */
  apps: ReadonlyMap<string, FeishuApp>;
  /** The underlying server, for protocol extensions (the WebSocket emulation listens for upgrades). */
  server: Server;
  /** The app with every default filled in (the first one when no id is given); for event builders. */
  app(appId?: string): FeishuApp;
  /** Registers extra routes (used by the WebSocket emulation). */
  addRoutes(routes: Route[]): void;
  close(): Promise<void>;
}

function writeReply(res: ServerResponse, reply: EmulatorReply, logId: string): void {
  const isBuffer = Buffer.isBuffer(reply.body);
  const payload = isBuffer ? (reply.body as Buffer) : Buffer.from(JSON.stringify(reply.body));
  res.writeHead(reply.status, {
    ...(!isBuffer && { 'Content-Type': 'application/json; charset=utf-8' }),
    'Content-Length': String(payload.length),
    'X-Tt-Logid': logId,
    ...reply.headers,
  });
  res.end(payload);
}

/** The answer replacing a call hit by an injected 5xx or 429. */
function faultReply(fault: Extract<Fault, { kind: 'server_error' | 'rate_limit' }>): EmulatorReply {
  if (fault.kind === 'rate_limit') {
    return {
      ...fail('fault_429', ErrorCodes.rateLimited, undefined, fault.status ?? 429),
      headers: {
        'x-ogw-ratelimit-limit': String(fault.limit ?? FEISHU_RATE_LIMITS.appPerSecond),
        'x-ogw-ratelimit-reset': String(fault.resetSec ?? 1),
      },
    };
  }
  // The doc gives no body for gateway 5xx answers; this one only has to be JSON.
  return { status: fault.status ?? 500, body: { code: 1, msg: 'injected server error' }, rejection: 'fault_5xx' };
}

/** Starts an emulated Feishu Open Platform on 127.0.0.1 (see README.md). */
export async function startFeishuEmulator(options: FeishuEmulatorOptions): Promise<FeishuEmulator> {
  const now = options.now ?? Date.now;
  const seed = options.seed ?? 1;
  const limits = { ...FEISHU_RATE_LIMITS, ...options.limits };
  const apps = new Map(
    options.apps.map((config) => [config.appId, resolveApp(config, options.tenantKey ?? DEFAULT_TENANT_KEY)]),
  );
  const state = new EmulatorState(apps, now, seed);
  const faults = new FaultInjector(seed);
  const tokens = new TokenIssuer(state, options.tokenNow ?? now);
  const appLimiter = new AppLimiter(limits);
  const deps: RouteDeps = {
    state,
    tokens,
    apps,
    chatLimiter: new SlidingWindow(limits.chatPerSecond, 1000),
    messageUpdateLimiter: new SlidingWindow(limits.messageUpdatePerSecond, 1000),
  };
  const routes: Route[] = [
    ...authRoutes(deps),
    ...messageRoutes(deps),
    ...fileRoutes(deps),
    ...contactRoutes(state),
    ...h5Routes(deps),
  ];

  let requestCount = 0;
  const reject = (api: ApiName | 'unknown', reply: EmulatorReply): void => {
    if (reply.rejection === undefined) return;
    const code = Buffer.isBuffer(reply.body) ? undefined : (reply.body as { code?: number }).code;
    state.rejections.push({ api, reason: reply.rejection, status: reply.status, code, at: now() });
  };

  /** Authenticates the bearer token: the app id, or the refusal. */
  const authenticate = (req: IncomingMessage): string | EmulatorReply => {
    const header = req.headers.authorization;
    if (!header) return fail('missing_token', ErrorCodes.missingToken);
    const token = /^Bearer (.+)$/.exec(header)?.[1] ?? '';
    if (!token.startsWith('t-')) return fail('token_format', ErrorCodes.tokenFormat);
    return tokens.appOf(token) ?? fail('invalid_token', ErrorCodes.invalidToken);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    // A counter, not the seeded id generator, so the ids of messages do not depend on the number of calls.
    const logId = `emulator-${++requestCount}`;
    const body = await readBody(req, MAX_BODY_BYTES);
    let params: Record<string, string> = {};
    const route = routes.find((r) => {
      const match = r.method === req.method ? r.pattern.exec(url.pathname) : null;
      if (match) params = { ...match.groups };
      return match !== null;
    });
    const api = route?.api ?? 'unknown';
    state.callCounts.set(api, (state.callCounts.get(api) ?? 0) + 1);
    if (!route) {
      const reply = fail(
        'unknown_route',
        { code: 404, msg: `${req.method} ${url.pathname} is not emulated` },
        undefined,
        404,
      );
      reject('unknown', reply);
      return writeReply(res, reply, logId);
    }
    if (body === 'too_large') {
      const reply = fail('body_too_large', ErrorCodes.contentTooLong, undefined, 413);
      reject(route.api, reply);
      return writeReply(res, reply, logId);
    }
    const fault = faults.pick(route.api);
    if (fault) state.faults.push({ api: route.api, fault, at: now() });
    if (fault?.kind === 'disconnect') {
      reject(route.api, { status: 0, body: {}, rejection: 'fault_disconnect' });
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'delay') await sleep(fault.ms);
    if ((fault?.kind === 'server_error' && !fault.afterCommit) || fault?.kind === 'rate_limit') {
      const reply = faultReply(fault);
      reject(route.api, reply);
      return writeReply(res, reply, logId);
    }

    let appId = '';
    if (route.auth) {
      const auth = authenticate(req);
      if (typeof auth !== 'string') {
        reject(route.api, auth);
        return writeReply(res, auth, logId);
      }
      appId = auth;
      const refusal = appLimiter.take(`${appId}/${route.api}`, now());
      if (refusal) {
        const reply = {
          ...fail('rate_limit_app', ErrorCodes.rateLimited, undefined, 429),
          headers: {
            'x-ogw-ratelimit-limit': String(refusal.limit),
            'x-ogw-ratelimit-reset': String(Math.max(1, Math.ceil(refusal.waitMs / 1000))),
          },
        };
        reject(route.api, reply);
        return writeReply(res, reply, logId);
      }
    }

    let reply = await route.handle({ req, url, params, body, appId, now: now() });
    // The call took effect; only its answer is lost (see Fault).
    if (fault?.kind === 'server_error') reply = faultReply(fault);
    reject(route.api, reply);
    writeReply(res, reply, logId);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the emulator, not an emulated failure: make it loud in the records and the answer.
      const reply = {
        status: 500,
        body: { code: -1, msg: `emulator error: ${String(error)}` },
        rejection: 'emulator_error',
      };
      reject('unknown', reply);
      if (!res.headersSent) writeReply(res, reply, 'emulator-error');
    });
  });
  // Tracked so close() also ends upgraded (WebSocket) sockets, which the HTTP server no longer owns.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    state,
    faults,
    tokens,
    now,
    apps,
    server,
    app: (appId) => {
      const app = appId === undefined ? apps.values().next().value : apps.get(appId);
      if (!app) throw new Error(`unknown app ${appId ?? '(none configured)'}`);
      return app;
    },
    addRoutes: (extra) => {
      routes.push(...extra);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
