import Router from '@koa/router';
import type { Context as KoaContext, Next } from 'koa';
import type { BotCore } from '../../core/bot.js';
import { isBotError } from '../../core/errors.js';
import type { Logger } from '../../log/logger.js';
import type { SandboxAdapter } from './adapter.js';
import { sandboxInputSchema } from './input.js';
import { readJsonBody } from './read-json-body.js';

/** What the sandbox routes need. */
export interface SandboxRouteDeps {
  core: BotCore;
  adapter: SandboxAdapter;
  log: Logger;
  /** Longest long-poll; 25 s stays under common 30 s proxy and client timeouts. */
  maxWaitMs?: number;
}

/** Files sent through the sandbox travel base64-encoded in the JSON body. */
const BODY_LIMIT_BYTES = 16 * 1024 * 1024;
const DEFAULT_MAX_WAIT_MS = 25_000;

/**
 * The sandbox chat's HTTP side, for `npm run chat` (mount only when `sandboxEnabled(env)`):
 * - `POST /sandbox/events`: a JSON `SandboxInput` (text, location, button press …) from a user; it
 *   becomes an `InboundEvent` of platform SANDBOX and goes to `core.accept`. Answers
 *   `{status, eventId, messageId?, chatId}`.
 * - `GET /sandbox/messages?chat=…&after=…&wait=…`: the chat's messages changed after sequence number
 *   `after`, waiting up to `wait` ms (at most ~25 s) for one. Answers `{messages, cursor}`.
 * - `GET /sandbox/files/:key`: the bytes of a file the bot sent (an export, a template).
 * Anyone who can reach these can speak as any user, so they answer loopback clients only (403).
 */
export function sandboxRoutes(deps: SandboxRouteDeps): Router {
  const maxWaitMs = deps.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const router = new Router({ prefix: '/sandbox' });
  router.use(loopbackOnly);

  router.post('/events', async (ctx) => {
    const body = await readJsonBody(ctx.req, BODY_LIMIT_BYTES);
    if ('problem' in body) {
      ctx.status = body.problem === 'tooLarge' ? 413 : 400;
      ctx.body = { error: body.problem === 'tooLarge' ? 'body too large' : 'body is not JSON' };
      return;
    }
    const input = sandboxInputSchema.safeParse(body.value);
    if (!input.success) {
      deps.log.debug({ issues: input.error.issues }, 'sandbox event refused');
      ctx.status = 400;
      ctx.body = {
        error: 'invalid sandbox event',
        issues: input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      };
      return;
    }
    let event;
    try {
      event = deps.adapter.toEvent(input.data);
    } catch (error) {
      if (!isBotError(error)) throw error;
      ctx.status = 400;
      ctx.body = { error: 'no such card or button', code: error.code };
      return;
    }
    const status = await deps.core.accept(event);
    ctx.body = { status, eventId: event.eventId, messageId: event.messageId, chatId: event.chat.id };
  });

  router.get('/messages', async (ctx) => {
    const chat = typeof ctx.query.chat === 'string' ? ctx.query.chat : '';
    if (!chat) {
      ctx.status = 400;
      ctx.body = { error: 'chat is required' };
      return;
    }
    const after = wholeNumber(ctx.query.after, 0);
    const wait = Math.min(wholeNumber(ctx.query.wait, maxWaitMs), maxWaitMs);
    const gone = new AbortController();
    ctx.req.once('close', () => gone.abort());
    const messages = await deps.adapter.outbox.wait(chat, after, wait, gone.signal);
    ctx.body = { messages, cursor: messages.reduce((max, message) => Math.max(max, message.seq), after) };
  });

  router.get('/files/:key', (ctx) => {
    const file = deps.adapter.fileOf(ctx.params.key ?? '');
    if (!file) {
      ctx.status = 404;
      ctx.body = { error: 'no such file' };
      return;
    }
    ctx.set('content-type', 'application/octet-stream');
    ctx.set('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    ctx.body = file.data;
  });

  return router;
}

function wholeNumber(value: unknown, fallback: number): number {
  const parsed = typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
}

/** Whether a socket address is this machine. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  return plain === '::1' || plain.startsWith('127.');
}

async function loopbackOnly(ctx: KoaContext, next: Next): Promise<void> {
  if (!isLoopback(ctx.req.socket.remoteAddress)) {
    ctx.status = 403;
    ctx.body = { error: 'the sandbox answers local clients only' };
    return;
  }
  await next();
}
