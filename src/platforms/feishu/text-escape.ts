import { stripBidi } from '../../core/card-text.js';

/** `<at …>` / `</at>` in any case: the one markup a Feishu text message interprets (`<at user_id="all">` is @all). */
const AT_TAG = /<(\/?at)/gi;

/**
 * Escapes a plain text message for Feishu: the bot never @-mentions in text, so every `<at` — typically
 * user text echoed in a reply — is broken with a zero-width space and shows as typed; bidi controls are
 * dropped.
 */
export function escapeFeishuText(text: string): string {
  return stripBidi(text).replace(AT_TAG, '<\u200b$1');
}
