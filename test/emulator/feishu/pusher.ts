import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sealEnvelope, signBody, type SealedRequest } from './crypto.js';
import type { UrlVerification, V2Envelope } from './events.js';
import { isRecord } from './http.js';
import { applyCardReply, isCardCallback, notePush, parseCardReply, type CardReply } from './platform-side.js';
import type { EmulatorState } from './state.js';

/** Feishu's redelivery intervals after a failed push: 15 s, 5 min, 1 h, 6 h (doc §4). */
export const FEISHU_RETRY_SCHEDULE_MS: readonly number[] = [15_000, 300_000, 3_600_000, 21_600_000];
/** A push succeeds only with HTTP 200 within this time (doc §4, §5.1). */
export const ACK_TIMEOUT_MS = 3000;
/** The challenge must be answered within this time (doc §2). */
export const CHALLENGE_TIMEOUT_MS = 1000;

/** Options of {@link createEventPusher}. */
export interface PusherOptions {
  /** The app's Encrypt Key; without it pushes are plaintext and unsigned. */
  encryptKey?: string;
  /** Waits between attempts; default {@link FEISHU_RETRY_SCHEDULE_MS}. */
  retrySchedule?: readonly number[];
  /** Multiplies every wait, e.g. 0.001 turns 15 s into 15 ms. Default 1. */
  scale?: number;
  /** Default {@link ACK_TIMEOUT_MS}. */
  ackTimeoutMs?: number;
  /**
   * The emulator's state. When given, a pushed user message becomes known (so the bot can reply to it
   * and download its files), a bot-added event puts the bot into the group, and a card callback
   * grants its delayed-update token and applies the bot's `{toast, card}` answer.
   */
  state?: EmulatorState;
  /** Clock for `X-Lark-Request-Timestamp`; default `Date.now`. */
  now?: () => number;
}

/** Ways to spoil one push, for testing the receiver's checks. */
export interface PushOptions {
  /** A single attempt, no redelivery. */
  once?: boolean;
  /** Sends a signature made with a wrong key. */
  forgeSignature?: boolean;
  /** Replaces the Verification Token in the envelope (`header.token`, or `token` of a challenge). */
  verificationToken?: string;
  /** Moves `X-Lark-Request-Timestamp` by this many seconds (negative: stale, positive: future). */
  timestampOffsetSec?: number;
  /** Pads the envelope (field `_padding`) until the body has at least this many bytes; still signed. */
  padToBytes?: number;
  /** Cuts the body to this many bytes after signing. */
  truncateToBytes?: number;
}

/** One HTTP attempt. */
export interface DeliveryAttempt {
  /** Real epoch ms when the attempt started. */
  startedAt: number;
  durationMs: number;
  /** HTTP status, absent on timeout or network error. */
  status?: number;
  /** `timeout` or the network error message. */
  error?: string;
  responseText?: string;
  /** HTTP 200 within the ack timeout. */
  ok: boolean;
}

/** The outcome of a push, including every redelivery. */
export interface PushResult {
  ok: boolean;
  attempts: DeliveryAttempt[];
  /** The last request sent; pass it to `replay` to send the same bytes again. */
  lastRequest: SealedRequest;
  /** For card callbacks answered with 200: the parsed answer. */
  cardReply?: CardReply;
}

/** Pushes events and callbacks into the service like Feishu does. */
export interface EventPusher {
  /**
   * Encrypts, signs and POSTs an envelope; redelivers on failure per the schedule. Card callbacks are
   * tried once: Feishu shows the user an error instead of retrying them.
   */
  push(url: string, envelope: V2Envelope<object> | UrlVerification, options?: PushOptions): Promise<PushResult>;
  /** Sends a previous request again, byte for byte and with the same headers (a duplicate delivery). */
  replay(url: string, request: SealedRequest): Promise<DeliveryAttempt>;
  /** Posts the url_verification challenge and checks the echo within 1 s (doc §2). */
  verifyUrl(url: string, challenge: UrlVerification): Promise<{ ok: boolean; attempt: DeliveryAttempt }>;
}

function isV2(envelope: V2Envelope<object> | UrlVerification): envelope is V2Envelope<object> {
  return 'schema' in envelope;
}

function withToken(
  envelope: V2Envelope<object> | UrlVerification,
  token: string,
): V2Envelope<object> | UrlVerification {
  return isV2(envelope) ? { ...envelope, header: { ...envelope.header, token } } : { ...envelope, token };
}

async function send(url: string, request: SealedRequest, timeoutMs: number, bytes?: Buffer): Promise<DeliveryAttempt> {
  const startedAt = Date.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: request.headers,
      body: bytes ?? request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const responseText = await response.text();
    return {
      startedAt,
      durationMs: Date.now() - startedAt,
      status: response.status,
      responseText,
      ok: response.status === 200,
    };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : String(error);
    return { startedAt, durationMs: Date.now() - startedAt, error: message, ok: false };
  }
}

/** Creates a pusher for one app (one Encrypt Key). */
export function createEventPusher(options: PusherOptions = {}): EventPusher {
  const schedule = options.retrySchedule ?? FEISHU_RETRY_SCHEDULE_MS;
  const scale = options.scale ?? 1;
  const ackTimeoutMs = options.ackTimeoutMs ?? ACK_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const state = options.state;

  /** Seals the envelope with the tampering asked for; returns the request and the bytes to send. */
  const seal = (
    envelope: V2Envelope<object> | UrlVerification,
    push: PushOptions,
  ): { request: SealedRequest; bytes?: Buffer } => {
    let payload: object = push.verificationToken === undefined ? envelope : withToken(envelope, push.verificationToken);
    const timestamp = String(Math.floor(now() / 1000) + (push.timestampOffsetSec ?? 0));
    const sealOptions = { timestamp, ...(options.encryptKey !== undefined && { encryptKey: options.encryptKey }) };
    let request = sealEnvelope(payload, sealOptions);
    if (push.padToBytes !== undefined && request.body.length < push.padToBytes) {
      // Encryption and base64 grow the body by about 4/3, so 3/4 of the gap (plus slack) is enough.
      const gap = push.padToBytes - request.body.length;
      const padLength = Math.ceil(options.encryptKey === undefined ? gap : gap * 0.75) + 64;
      payload = { ...payload, _padding: 'x'.repeat(padLength) };
      request = sealEnvelope(payload, sealOptions);
    }
    if (push.forgeSignature) {
      const { 'X-Lark-Request-Timestamp': ts = '', 'X-Lark-Request-Nonce': nonce = '' } = request.headers;
      const forged = signBody(`forged-${randomBytes(4).toString('hex')}`, ts, nonce, request.body);
      request = { ...request, headers: { ...request.headers, 'X-Lark-Signature': forged } };
    }
    if (push.truncateToBytes === undefined) return { request };
    return { request, bytes: Buffer.from(request.body).subarray(0, push.truncateToBytes) };
  };

  return {
    push: async (url, envelope, push = {}) => {
      const isCallback = isV2(envelope) && isCardCallback(envelope);
      if (state && isV2(envelope)) notePush(state, envelope);
      const attempts: DeliveryAttempt[] = [];
      for (;;) {
        // Each redelivery is sealed afresh: new IV, timestamp and nonce, same event_id.
        const { request, bytes } = seal(envelope, push);
        const attempt = await send(url, request, ackTimeoutMs, bytes);
        attempts.push(attempt);
        const wait = schedule[attempts.length - 1];
        if (attempt.ok || push.once || isCallback || wait === undefined) {
          const cardReply = isCallback && attempt.ok ? parseCardReply(attempt.responseText ?? '') : undefined;
          if (state && cardReply && isV2(envelope)) applyCardReply(state, envelope, cardReply);
          return { ok: attempt.ok, attempts, lastRequest: request, ...(cardReply && { cardReply }) };
        }
        await sleep(wait * scale);
      }
    },
    replay: (url, request) => send(url, request, ackTimeoutMs),
    verifyUrl: async (url, challenge) => {
      const { request } = seal(challenge, {});
      const attempt = await send(url, request, CHALLENGE_TIMEOUT_MS);
      let echoed: unknown;
      try {
        echoed = JSON.parse(attempt.responseText ?? '');
      } catch {
        echoed = undefined;
      }
      const ok = attempt.ok && isRecord(echoed) && echoed.challenge === challenge.challenge;
      return { ok, attempt };
    },
  };
}
