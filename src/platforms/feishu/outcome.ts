import type { DeliveryOutcome } from '../adapter.js';
import { isRecord } from './verify.js';

/** Wait used when a rate-limit answer carries no `x-ogw-ratelimit-reset` header. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 1_000;

/** `code` of Feishu's gateway frequency limit (feishu.md §8.1). */
export const CODE_RATE_LIMITED = 99991400;
/** Per-user / per-chat / per-message frequency limit on send, reply and patch (feishu.md §7.3, §8.1). */
export const CODE_FREQUENCY_LIMIT = 230020;
/** Token missing, invalid or malformed (feishu.md §8.2): a fresh token fixes them. */
export const TOKEN_CODES: ReadonlySet<number> = new Set([99991661, 99991663, 99991664, 99991671]);

/** What an OpenAPI failure looked like: an HTTP answer (with Feishu's envelope) or none at all. */
export interface ApiFailure {
  status?: number;
  code?: number;
  msg?: string;
  /** `x-ogw-ratelimit-reset`, seconds. */
  resetSeconds?: number;
  /** Transport error text (timeout, refused connection …) when there was no answer. */
  transport?: string;
}

/**
 * Reads a failure the SDK threw. Non-2xx answers reject with axios errors whose `response` holds
 * status, headers and Feishu's `{code,msg}` (feishu.md §7.9); failures without an answer carry only
 * a message (and an axios `code` such as ECONNABORTED). Axios is the SDK's dependency, not ours, so
 * the error is read by shape.
 */
export function readApiFailure(error: unknown): ApiFailure {
  if (!isRecord(error)) return { transport: String(error) };
  const response = isRecord(error.response) ? error.response : undefined;
  if (!response || typeof response.status !== 'number') {
    const code = typeof error.code === 'string' ? `${error.code} ` : '';
    return { transport: `${code}${typeof error.message === 'string' ? error.message : 'request failed'}`.trim() };
  }
  const data = isRecord(response.data) ? response.data : {};
  const headers = isRecord(response.headers) ? response.headers : {};
  const reset = Number(headerValue(headers, 'x-ogw-ratelimit-reset'));
  return {
    status: response.status,
    code: typeof data.code === 'number' ? data.code : undefined,
    msg: typeof data.msg === 'string' ? data.msg : undefined,
    resetSeconds: Number.isFinite(reset) && reset >= 0 ? reset : undefined,
  };
}

/**
 * Classifies a failed call for the delivery dispatcher (feishu.md §7.9, §8):
 * - HTTP 429, code 99991400, or the per-target limit 230020 → `rateLimited` (wait the reset header);
 * - 5xx, timeouts, network errors, token errors (after the caller drops the token) → `retryable`;
 * - anything else (bad receive id, 230025 too large, missing permission …) → `permanent`.
 */
export function classifyFailure(failure: ApiFailure): Exclude<DeliveryOutcome, { ok: true }> {
  const detail = describeFailure(failure);
  if (failure.status === undefined) return { ok: false, kind: 'retryable', detail };
  if (failure.status === 429 || failure.code === CODE_RATE_LIMITED || failure.code === CODE_FREQUENCY_LIMIT) {
    const retryAfterMs = failure.resetSeconds !== undefined ? failure.resetSeconds * 1000 : DEFAULT_RATE_LIMIT_WAIT_MS;
    return { ok: false, kind: 'rateLimited', retryAfterMs, detail };
  }
  if (failure.status >= 500 || isTokenFailure(failure)) return { ok: false, kind: 'retryable', detail };
  return { ok: false, kind: 'permanent', detail };
}

/** Whether the failure means our tenant token was missing or rejected. */
export function isTokenFailure(failure: ApiFailure): boolean {
  return failure.code !== undefined && TOKEN_CODES.has(failure.code);
}

/** `code msg` when Feishu answered with its envelope, else the HTTP status or the transport error. */
export function describeFailure(failure: ApiFailure): string {
  if (failure.code !== undefined) return `${failure.code} ${failure.msg ?? ''}`.trim();
  if (failure.status !== undefined) return `HTTP ${failure.status}`;
  return failure.transport ?? 'request failed';
}

function headerValue(headers: Record<string, unknown>, name: string): unknown {
  // AxiosHeaders exposes a get(); plain objects are read directly.
  const get = headers.get;
  return typeof get === 'function' ? (get as (n: string) => unknown).call(headers, name) : headers[name];
}
