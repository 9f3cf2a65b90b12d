import { ErrorCodes, type ErrorCode } from './codes.js';
import { isRecord } from './http.js';

/** `receive_id_type` values of the send API (doc §7.2). */
export const RECEIVE_ID_TYPES: readonly string[] = ['open_id', 'union_id', 'user_id', 'email', 'chat_id'];

/** Request-body limit of text (and other non-card) messages (doc §7.2): 150 KB. */
export const TEXT_LIMIT_BYTES = 150 * 1024;
/** Request-body limit of cards and posts (doc §7.2, §9.1): 30 KB. */
export const CARD_LIMIT_BYTES = 30 * 1024;

/** A content check that passed (with the parsed content) or failed (with the answer to give). */
export type ContentCheck =
  { ok: true; parsed: Record<string, unknown> } | { ok: false; reason: string; error: ErrorCode; detail: string };

type FieldCheck = (content: Record<string, unknown>) => boolean;

const hasString =
  (field: string): FieldCheck =>
  (content) =>
    typeof content[field] === 'string' && content[field] !== '';

/** What each msg_type's content must contain (doc §7.2 send-side shapes). */
const SHAPES: Record<string, FieldCheck> = {
  text: hasString('text'),
  // Sent posts are wrapped in a locale key: {"zh_cn": {"title", "content": [[…]]}}.
  post: (content) => Object.values(content).some((v) => isRecord(v) && Array.isArray(v.content)),
  image: hasString('image_key'),
  file: hasString('file_key'),
  audio: hasString('file_key'),
  media: hasString('file_key'),
  sticker: hasString('file_key'),
  interactive: (content) => isCardTemplate(content) || isCardJson(content),
  share_chat: hasString('chat_id'),
  share_user: hasString('user_id'),
};

function isCardTemplate(content: Record<string, unknown>): boolean {
  return content.type === 'template' && isRecord(content.data) && typeof content.data.template_id === 'string';
}

function isCardJson(content: Record<string, unknown>): boolean {
  if (content.schema === '2.0') {
    // JSON 2.0: elements live under body, and update_multi may only be true (doc §9.1).
    const config = isRecord(content.config) ? content.config : {};
    return isRecord(content.body) && config.update_multi !== false;
  }
  return ['elements', 'i18n_elements', 'header'].some((key) => key in content);
}

/**
 * Whether a card is "shared" so it may be patched (doc §7.4): JSON 2.0 cards always are, 1.0 cards
 * only with `config.update_multi: true`. Template cards are taken as shared: their config is not visible.
 */
export function isSharedCard(card: unknown): boolean {
  if (!isRecord(card)) return false;
  if (card.schema === '2.0' || isCardTemplate(card)) return true;
  return isRecord(card.config) && card.config.update_multi === true;
}

/** Tables a card JSON 2.0 may hold; tables sit only at the root of `body.elements`. */
const MAX_CARD_TABLES = 5;

/** The table components of a card JSON 2.0 body. */
function rootTables(card: Record<string, unknown>): number {
  const body = card.body;
  const elements = isRecord(body) && Array.isArray(body.elements) ? body.elements : [];
  return elements.filter((element) => isRecord(element) && element.tag === 'table').length;
}

/** The body limit that applies to a msg_type. */
export function sizeLimitFor(msgType: string): number {
  return msgType === 'interactive' || msgType === 'post' ? CARD_LIMIT_BYTES : TEXT_LIMIT_BYTES;
}

/**
 * Validates `msg_type` + `content` of a send, reply or patch: content must be a JSON string whose
 * object matches the type, and the request body must fit the type's size limit.
 */
export function checkContent(msgType: unknown, content: unknown, requestBytes: number): ContentCheck {
  const invalid = (reason: string, detail: string): ContentCheck => ({
    ok: false,
    reason,
    error: ErrorCodes.invalidParam,
    detail,
  });
  if (typeof msgType !== 'string' || !(msgType in SHAPES)) return invalid('invalid_msg_type', 'msg_type is invalid');
  if (typeof content !== 'string') return invalid('invalid_content', 'content must be a JSON string');
  if (requestBytes > sizeLimitFor(msgType)) {
    return {
      ok: false,
      reason: 'content_too_long',
      error: ErrorCodes.contentTooLong,
      detail: `(${requestBytes} bytes)`,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return invalid('invalid_content', 'content is not valid JSON');
  }
  const shape = SHAPES[msgType];
  if (!isRecord(parsed) || !shape?.(parsed)) {
    return invalid('content_type_mismatch', `content does not match msg_type ${msgType}`);
  }
  const tables = msgType === 'interactive' ? rootTables(parsed) : 0;
  if (tables > MAX_CARD_TABLES) {
    // table.md: "单张卡片最多支持放置五个表格组件"; the error code of the refusal is a guess.
    return invalid('too_many_tables', `a card holds at most ${MAX_CARD_TABLES} tables, got ${tables}`);
  }
  return { ok: true, parsed };
}

/** A downloadable key inside a message and the `type` the resource API wants for it. */
export interface ResourceRef {
  key: string;
  type: 'file' | 'image';
}

/** The file and image keys a message's content refers to (doc §1.3 shapes, received form). */
export function resourceRefs(msgType: string, content: string): ResourceRef[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return [];
  }
  const refs: ResourceRef[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    if (!isRecord(node)) return;
    if (typeof node.file_key === 'string') refs.push({ key: node.file_key, type: 'file' });
    if (typeof node.image_key === 'string') refs.push({ key: node.image_key, type: 'image' });
    if (msgType === 'post') Object.values(node).forEach(visit);
  };
  visit(parsed);
  return refs;
}
