/** Feishu Open Platform emulator for tests and benchmarks; see README.md. */
export { jsapiTicketOf } from './routes-h5.js';
export { DEFAULT_TENANT_KEY, resolveApp, type FeishuApp, type FeishuAppConfig } from './app.js';
export { createManualClock, type Clock, type ManualClock } from './clock.js';
export { ErrorCodes, type ErrorCode } from './codes.js';
export { CARD_LIMIT_BYTES, TEXT_LIMIT_BYTES } from './content.js';
export {
  decryptPayload,
  encryptPayload,
  sealEnvelope,
  signBody,
  type SealOptions,
  type SealedRequest,
} from './crypto.js';
export {
  botAddedEvent,
  botMenuEvent,
  cardActionEvent,
  messageReceiveEvent,
  newEventId,
  urlVerification,
  type BuildOptions,
  type CardActionEvent,
  type CardActionInput,
  type EventSource,
  type MessageBody,
  type MessageReceiveEvent,
  type MessageReceiveInput,
  type UrlVerification,
  type UserIdentity,
  type V2Envelope,
} from './events.js';
export { FaultInjector, type ApiName, type ApiSelector, type Fault } from './faults.js';
export {
  ACK_TIMEOUT_MS,
  CHALLENGE_TIMEOUT_MS,
  createEventPusher,
  FEISHU_RETRY_SCHEDULE_MS,
  type DeliveryAttempt,
  type EventPusher,
  type PushOptions,
  type PushResult,
  type PusherOptions,
} from './pusher.js';
export { parseCardReply, type CardReply } from './platform-side.js';
export { FEISHU_RATE_LIMITS, type RateLimits } from './rate-limit.js';
export { startFeishuEmulator, type FeishuEmulator, type FeishuEmulatorOptions } from './server.js';
export type {
  CallbackReplyRecord,
  CardToken,
  CardUpdateRecord,
  DedupRecord,
  EmulatedChat,
  EmulatedUser,
  EmulatorState,
  FaultRecord,
  PatchRecord,
  RejectionRecord,
  SentMessageRecord,
  StoredMessage,
  UploadRecord,
  UserMessageInput,
} from './state.js';
export type { TokenIssuer } from './tokens.js';
export {
  attachWsEmulation,
  type FeishuWsEmulation,
  type WsConnectionInfo,
  type WsEmulationOptions,
  type WsPushOptions,
  type WsPushResult,
} from './ws.js';
