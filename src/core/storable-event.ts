import type { InboundEvent } from './event.js';

/**
 * Characters no database column can hold: U+0000 (PostgreSQL refuses it in text and jsonb) and UTF-16
 * surrogate halves without their partner (not valid Unicode, refused by jsonb). A chat client or an
 * attacker can still send them.
 */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every unstorable character replaced by U+FFFD (the replacement character). */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, '\uFFFD');
}

function storable(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [storableText(key), storable(inner)]));
  }
  return value;
}

/**
 * The event with {@link storableText} applied to every string in it, so recording it (and anything a
 * handler derives from it) cannot fail on its characters: without this, one such message on PostgreSQL
 * is refused with a 500 on every redelivery and never answered.
 */
export function storableEvent(event: InboundEvent): InboundEvent {
  // storable() keeps the shape and only rewrites strings, so the result is still an InboundEvent.
  return storable(event) as InboundEvent;
}
