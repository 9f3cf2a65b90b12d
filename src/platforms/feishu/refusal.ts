import type { Logger } from '../../log/logger.js';
import type { Metrics } from '../../observability/metrics.js';

/** Why a Feishu push was refused: the `reason` label of `bot_events_rejected_total`. */
export type RefusalReason =
  | 'content_type'
  | 'body_too_large'
  | 'body_incomplete'
  | 'signature_missing'
  | 'signature_invalid'
  | 'timestamp_invalid'
  | 'timestamp_stale'
  | 'timestamp_future'
  | 'replayed'
  | 'malformed_json'
  | 'not_encrypted'
  | 'decrypt_failed'
  | 'bad_envelope'
  | 'token_invalid'
  | 'unknown_app'
  | 'bad_event'
  | 'bad_content'
  | 'bad_card_action';

/**
 * Counts a refusal and writes its one warn line: the reason and where it came from, never the body
 * (a forged body is attacker-controlled, a real one holds personal data).
 */
export function reportRefusal(
  deps: { log: Logger; metrics: Metrics },
  reason: string,
  context: Record<string, unknown>,
): void {
  deps.metrics.eventsRejected.inc({ platform: 'FEISHU', reason });
  deps.log.warn({ platform: 'FEISHU', reason, ...context }, 'feishu push refused');
}
