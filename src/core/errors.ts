/**
 * Every failure the bot anticipates has a code. Handlers throw `BotError`s; the one global error sink
 * (core/error-sink.ts) turns them into a polite reply in the user's language and a log line, and turns
 * anything else into an apology plus an error log with the event id.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'BAD_REQUEST'
  | 'SIGNATURE_INVALID'
  | 'TOKEN_INVALID'
  | 'TIMESTAMP_STALE'
  | 'BODY_TOO_LARGE'
  | 'UNKNOWN_APP'
  | 'DUPLICATE_EVENT'
  | 'UNKNOWN_USER'
  | 'FORBIDDEN'
  | 'OUT_OF_SCOPE'
  | 'UNKNOWN_COMMAND'
  | 'BAD_ARGUMENTS'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NEEDS_CONFIRMATION'
  | 'DELIVERY_PERMANENT'
  | 'DELIVERY_RETRYABLE'
  | 'INTERNAL';

/** An anticipated failure. `messageKey` names the user-facing text in i18n/messages.ts. */
export class BotError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${messageKey}`, options);
    this.name = 'BotError';
  }
}

/** Narrowing helper for catch blocks. */
export function isBotError(error: unknown): error is BotError {
  return error instanceof BotError;
}
