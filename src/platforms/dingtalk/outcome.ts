import type { DeliveryOutcome } from '../adapter.js';
import { isTokenRefusal, type ApiAnswer } from './openapi.js';

/** Wait after a QPS refusal: DingTalk counts per second (dingtalk.md §5). */
const QPS_WAIT_MS = 1_000;

/**
 * Classifies DingTalk's answer to a send for the dispatcher (dingtalk.md §5):
 * - 2xx → sent, unless `invalidStaffIdList` names the receiver (permanent) or `flowControlledStaffIdList`
 *   does (a partial failure for that person: retried later, without pausing everyone else);
 * - 403 `…QpsLimit…` or 429 → `rateLimited`;
 * - 5xx (504 is DingTalk's own 3 s timeout) and a token still refused after the one renewal → `retryable`;
 * - anything else (bad ids, missing permission, malformed content) → `permanent`.
 */
export function classifyAnswer(answer: ApiAnswer, messageId?: string): DeliveryOutcome {
  const { status, body } = answer;
  const detail =
    `HTTP ${status} ${String(body.code ?? body.errcode ?? '')} ${String(body.message ?? body.errmsg ?? '')}`.trim();
  if (status >= 200 && status < 300 && (body.errcode === undefined || body.errcode === 0)) {
    if (nonEmpty(body.invalidStaffIdList)) return { ok: false, kind: 'permanent', detail: 'invalid staff id' };
    if (nonEmpty(body.flowControlledStaffIdList))
      return { ok: false, kind: 'retryable', detail: 'flow controlled for this person' };
    return { ok: true, ...(messageId ? { platformMessageId: messageId } : {}) };
  }
  if (status === 429 || (status === 403 && String(body.code ?? '').includes('QpsLimit'))) {
    return { ok: false, kind: 'rateLimited', retryAfterMs: QPS_WAIT_MS, detail };
  }
  if (status >= 500 || isTokenRefusal(answer)) return { ok: false, kind: 'retryable', detail };
  return { ok: false, kind: 'permanent', detail };
}

function nonEmpty(list: unknown): boolean {
  return Array.isArray(list) && list.length > 0;
}
