import type { Locale } from '../i18n/locale.js';
import { t as plainT } from '../i18n/messages/index.js';

/**
 * Text that may carry markup in a card, and how user and directory text gets in without carrying any.
 * A card's `markdown` and `note` elements take {@link Markdown}: texts of the message catalogue with their
 * parameters escaped (`t` below, what every card builder uses), `escapeCardMarkdown` for a value shown
 * on its own, or `trustedMarkdown` for markup the code itself writes around pieces already escaped. A plain string is a type error there,
 * so unescaped text is the hard, visible path. Escaping here targets the neutral card markdown (the
 * CommonMark-like dialect Feishu renders); a platform with another dialect converts in its renderer.
 */

/** Card markdown whose every user-supplied part is escaped. */
export type Markdown = string & { readonly __cardMarkdown: unique symbol };

/** Bidirectional controls (RLO and friends): they reorder what others read, so they are dropped from shown text. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes bidirectional control characters from text shown to others (names, notes, reasons). */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Characters that are markup in card markdown, as numeric entities. */
const MARKUP = /[&<>*_~`[\]#|\\]/g;

/** Escapes text for card markdown: no tag, link, emphasis or @ survives, and bidi controls are dropped. */
export function escapeCardMarkdown(text: string): Markdown {
  return stripBidi(text).replace(MARKUP, (c) => `&#${c.charCodeAt(0)};`) as Markdown;
}

/** Markup the code itself writes (no user text in it): the one explicit way to trust a string. */
export function trustedMarkdown(markup: string): Markdown {
  return markup as Markdown;
}

/** Joins card markdown pieces. */
export function joinMarkdown(pieces: readonly Markdown[], separator: string): Markdown {
  return pieces.join(separator) as Markdown;
}

/**
 * A catalogue text for a card: the template is trusted, every string parameter (names, notes, reasons,
 * file names) is escaped for card markdown.
 */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): Markdown {
  const escaped = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'number' ? value : escapeCardMarkdown(value),
    ]),
  );
  return plainT(locale, key, escaped) as Markdown;
}
