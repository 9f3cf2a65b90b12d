import type { Card, CardElement } from '../../core/card.js';
import { renderFeishuCard, type FeishuCardJson } from './card-render.js';
import { escapeCardMarkdown } from '../../core/card-text.js';

/** Feishu refuses cards whose request exceeds 30 KB (error 230025, feishu.md §9.1). */
export const CARD_BYTE_LIMIT = 30 * 1024;
/** Room kept for the rest of the request body: receive_id, msg_type, uuid and the JSON around them. */
const REQUEST_RESERVE_BYTES = 512;

/**
 * Bytes the card takes in a send/reply/patch request: its JSON as a string value inside the request
 * JSON, so every quote is escaped. Measuring the escaped form errs on the safe side.
 */
export function cardRequestBytes(card: FeishuCardJson): number {
  return Buffer.byteLength(JSON.stringify(JSON.stringify(card)), 'utf8');
}

/** Whether a rendered card fits in one request. */
export function cardFits(card: FeishuCardJson): boolean {
  return cardRequestBytes(card) + REQUEST_RESERVE_BYTES <= CARD_BYTE_LIMIT;
}

/** Words of the note that replaces cut table rows, in the reader's language. */
export type TruncationNote = (total: number, shown: number) => string;

/**
 * Renders a card, cutting table rows when it would not fit: the largest table first, keeping as many
 * leading rows as fit, with a note "…共 N 行，仅显示前 M 行" under it. A report that arrives shortened
 * and says so beats one that never arrives. If even empty tables do not fit, the full render is
 * returned and the platform's refusal becomes a permanent delivery failure.
 */
export function renderFittingCard(card: Card, note: TruncationNote): FeishuCardJson {
  const full = renderFeishuCard(card);
  if (cardFits(full)) return full;
  const tables = card.elements
    .map((element, index) => ({ rows: element.kind === 'table' ? element.rows.length : -1, index }))
    .filter((t) => t.rows >= 0)
    .sort((a, b) => b.rows - a.rows);
  // Rows kept per table, by element index; cuts are applied to the original card every time, so
  // the notes inserted under cut tables never shift the indices.
  const cuts = new Map<number, number>();
  const fitsWith = (index: number, keep: number): boolean => {
    cuts.set(index, keep);
    return cardFits(renderFeishuCard(applyCuts(card, cuts, note)));
  };
  for (const { rows, index } of tables) {
    const keep = largestFitting(rows, (k) => fitsWith(index, k));
    if (keep === undefined) {
      cuts.set(index, 0);
      continue;
    }
    if (keep === rows) cuts.delete(index);
    else cuts.set(index, keep);
    return renderFeishuCard(applyCuts(card, cuts, note));
  }
  return full;
}

/** The card with each cut table reduced to its first rows and the truncation note right after it. */
function applyCuts(card: Card, cuts: Map<number, number>, note: TruncationNote): Card {
  const elements = card.elements.flatMap((element, index): CardElement[] => {
    const keep = cuts.get(index);
    if (keep === undefined || element.kind !== 'table') return [element];
    return [
      { ...element, rows: element.rows.slice(0, keep) },
      { kind: 'note', text: escapeCardMarkdown(note(element.rows.length, keep)) },
    ];
  });
  return { ...card, elements };
}

/** Binary search for the largest k in [0, max] with fits(k); undefined when not even 0 fits. */
function largestFitting(max: number, fits: (k: number) => boolean): number | undefined {
  if (!fits(0)) return undefined;
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
