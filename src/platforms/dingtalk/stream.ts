import { DWClient, TOPIC_CARD, TOPIC_ROBOT, type DWClientDownStream } from 'dingtalk-stream';
import type { Logger } from '../../log/logger.js';
import type { Receiver, ReceiverDeps } from '../receiver.js';
import { acceptConverted, type DingtalkOutcome } from './accept.js';
import { convertCardCallback } from './card-callback.js';
import type { DingtalkSettings } from './config.js';
import { convertRobotMessage } from './inbound.js';

/**
 * The official SDK's client with its hard-coded gateway replaced by the configured base URL
 * (dingtalk.md §9 (a)): `getEndpoint` asks `POST {DINGTALK_BASE_URL}/v1.0/gateway/connections/open` for
 * the WebSocket endpoint and its one-time ticket. Everything else (frames, pings, reconnects) is the SDK's.
 */
class ConfiguredDWClient extends DWClient {
  constructor(
    private readonly settings: DingtalkSettings,
    private readonly log: Logger,
  ) {
    super({ clientId: settings.clientId, clientSecret: settings.clientSecret, keepAlive: true });
  }

  override async getEndpoint(): Promise<this> {
    const response = await fetch(`${this.settings.baseUrl}/v1.0/gateway/connections/open`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        clientId: this.settings.clientId,
        clientSecret: this.settings.clientSecret,
        ua: 'clinic-rotation-bot',
        subscriptions: this.config.subscriptions,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as { endpoint?: unknown; ticket?: unknown };
    if (typeof body.endpoint !== 'string' || typeof body.ticket !== 'string') {
      this.log.warn({ status: response.status }, 'dingtalk stream gateway refused the connection');
      throw new Error('dingtalk stream: no endpoint or ticket');
    }
    // `dw_url` is private in the SDK's types but a plain property at runtime; `_connect` reads it.
    (this as unknown as { dw_url: string }).dw_url = `${body.endpoint}?ticket=${encodeURIComponent(body.ticket)}`;
    return this;
  }
}

/**
 * `DINGTALK_MODE=stream`: robot messages and card callbacks over the Stream WebSocket. A robot message
 * is acknowledged once the core has recorded it (the SDK does not ack callbacks by itself); one the core
 * could not record is left unacknowledged, so DingTalk may push it again. A card press is answered with
 * no card change: the new card follows as an in-place update through the delivery ledger.
 */
export function dingtalkStreamReceiver(deps: ReceiverDeps, settings: DingtalkSettings): Receiver {
  const log = deps.log.child({ component: 'dingtalk-stream' });
  const client = new ConfiguredDWClient(settings, log);
  const settle = (frame: DWClientDownStream, result: DingtalkOutcome, response: unknown): void => {
    if (result.outcome === 'failed') {
      log.warn({ err: result.error, eventId: result.eventId }, 'dingtalk message not recorded: not acknowledged');
      return;
    }
    if (result.outcome === 'refused' || result.outcome === 'ignored')
      log.info({ reason: result.reason }, 'dingtalk push not handled');
    client.socketCallBackResponse(frame.headers.messageId, response);
  };
  const parse = (frame: DWClientDownStream): unknown => {
    try {
      return JSON.parse(frame.data);
    } catch {
      return undefined;
    }
  };
  client.registerCallbackListener(TOPIC_ROBOT, (frame) => {
    void acceptConverted(deps.bot, convertRobotMessage(parse(frame), deps.clock.now())).then((result) =>
      settle(frame, result, null),
    );
  });
  client.registerCallbackListener(TOPIC_CARD, (frame) => {
    const converted = convertCardCallback(parse(frame), deps.clock.now(), `card-${frame.headers.messageId}`);
    void acceptConverted(deps.bot, converted).then((result) => settle(frame, result, {}));
  });
  return {
    async start() {
      await client.connect();
      log.info('dingtalk stream connecting');
    },
    stop: () => client.disconnect(),
  };
}
