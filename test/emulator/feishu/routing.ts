import type { IncomingMessage } from 'node:http';
import type { FeishuApp } from './app.js';
import type { ApiName } from './faults.js';
import type { EmulatorReply } from './http.js';
import type { SlidingWindow } from './rate-limit.js';
import type { EmulatorState } from './state.js';
import type { TokenIssuer } from './tokens.js';

/** One request as a handler sees it. */
export interface RouteContext {
  req: IncomingMessage;
  url: URL;
  /** Path parameters by name (`message_id`, `file_key`…). */
  params: Record<string, string>;
  body: Buffer;
  /** The app of the bearer token; empty for routes without auth. */
  appId: string;
  now: number;
}

/** An emulated endpoint. */
export interface Route {
  method: string;
  /** Matched against the path; named groups become `params`. */
  pattern: RegExp;
  api: ApiName;
  /** Whether a tenant_access_token is required (everything but the token and WS endpoints). */
  auth: boolean;
  handle(ctx: RouteContext): EmulatorReply | Promise<EmulatorReply>;
}

/** What handlers share. */
export interface RouteDeps {
  state: EmulatorState;
  tokens: TokenIssuer;
  apps: ReadonlyMap<string, FeishuApp>;
  /** Messages into one chat per second (230020 when exceeded). */
  chatLimiter: SlidingWindow;
  /** Updates of one message per second (230020 when exceeded). */
  messageUpdateLimiter: SlidingWindow;
}
