/**
 * Error codes and messages the emulator answers with. Codes marked "doc" are in
 * /work/shared/platform/feishu.md (or the official page it cites); the others are best guesses for
 * situations the doc does not cover and are listed as such in README.md.
 */
export const ErrorCodes = {
  /** doc §8.2: app_id or app_secret wrong (token endpoint). */
  appCredentials: { code: 99991543, msg: 'app_id or app_secret is invalid' },
  /** guess: malformed token request. */
  authInvalidParam: { code: 10003, msg: 'invalid param' },
  /** doc §7.9: no Authorization header. */
  missingToken: {
    code: 99991661,
    msg: 'Missing access token for authorization. Please make a request with token attached.',
  },
  /** doc §7.9: unknown, expired or revoked tenant_access_token. */
  invalidToken: {
    code: 99991663,
    msg: 'Invalid access token for authorization. Please make a request with token attached.',
  },
  /** doc §8.2 (CLI label): token not of the form `Bearer t-…`. */
  tokenFormat: { code: 99991671, msg: 'Invalid access token format, must start with t- or u-.' },
  /** doc §8.1: gateway frequency limit (HTTP 429). */
  rateLimited: { code: 99991400, msg: 'request trigger frequency limit' },
  /** doc §7.3 */
  invalidParam: { code: 230001, msg: 'Your request contains an invalid request parameter.' },
  /** doc §7.3 */
  botNotInChat: { code: 230002, msg: 'The bot can not be outside the group.' },
  /** doc §7.3 */
  noAvailability: { code: 230013, msg: 'Bot has NO availability to this user.' },
  /** doc §7.3 */
  notResourceOwner: { code: 230017, msg: 'The bot is not the owner of the resource.' },
  /** doc §7.3 / §8.1: per-chat, per-user and per-message limits. */
  frequencyLimit: { code: 230020, msg: 'This operation triggers the frequency limit.' },
  /** doc §7.3 */
  contentTooLong: { code: 230025, msg: 'The length of the message content reaches its limit.' },
  /** official patch page: only messages up to 14 days old can be updated. */
  tooOldToUpdate: { code: 230031, msg: 'Message can only be modified within 14 days after sending.' },
  /** doc §7.3 */
  unsupportedForType: { code: 230054, msg: 'This operation is not supported for this message type.' },
  /** doc §7.2 */
  fileTypeMismatch: { code: 230055, msg: 'The type of the uploaded file does not match msg_type.' },
  /** guess: invalid parameter of the file APIs. */
  fileInvalidParam: { code: 234001, msg: 'Invalid request param.' },
  /** guess: the file_key is not part of the message. */
  fileNotInMessage: { code: 234003, msg: 'File not in the message.' },
  /** guess */
  fileTooLarge: { code: 234006, msg: 'The file size exceeds the limit.' },
  /** guess */
  fileEmpty: { code: 234010, msg: "File's size can't be 0." },
  /** doc §7.7: resources inside cards and merge_forward children. */
  resourceUnsupported: { code: 234043, msg: 'Unsupported message type for resource download.' },
  /** guess: contact look-up of a user outside the app's range. */
  noUserAuthority: { code: 41050, msg: 'no user authority error' },
  /** guess: request schema validation (bad enum, too many items). */
  fieldValidation: { code: 99992402, msg: 'field validation failed' },
} as const satisfies Record<string, ErrorCode>;

/** An error answer: one of {@link ErrorCodes}, or an ad-hoc one. */
export interface ErrorCode {
  code: number;
  msg: string;
}
