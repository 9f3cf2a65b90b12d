import type { Logger } from '../../log/logger.js';
import { signJsapi, type InAppLogin, type JsapiConfig } from '../in-app-login.js';
import type { DingtalkApi } from './openapi.js';

/** Refetch the ticket this long before DingTalk says it expires. */
const TICKET_MARGIN_MS = 5 * 60_000;

/**
 * DingTalk's side of the check-in page (an H5 micro-app of the enterprise-internal app). The jsapi
 * ticket (`GET oapi …/get_jsapi_ticket?access_token=`, `{errcode, ticket, expires_in}`, cached) signs
 * `dd.config`: `sha1("jsapi_ticket=…&noncestr=…&timestamp=…&url=…")` in hex over the page URL without its
 * `#` part, the same scheme as Feishu's. The code from `dd.runtime.permission.requestAuthCode` (valid
 * 5 minutes, single use) is exchanged through `POST oapi …/topapi/v2/user/getuserinfo` `{code}` for
 * `result.userid`, the staffId the robot knows the person by.
 */
export class DingtalkInAppLogin implements InAppLogin {
  readonly platform = 'DINGTALK' as const;
  private ticket: { value: string; until: number } | undefined;

  constructor(
    private readonly api: DingtalkApi,
    private readonly h5: { corpId: string; agentId: string },
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async jsapiConfig(pageUrl: string): Promise<JsapiConfig> {
    const signed = signJsapi(await this.jsapiTicket(), pageUrl, this.now());
    return { appId: this.h5.agentId, corpId: this.h5.corpId, ...signed };
  }

  async userIdForCode(code: string): Promise<string | undefined> {
    const answer = await this.api.call('POST', '/topapi/v2/user/getuserinfo', { code }, 'oapi');
    const result = answer.body.result as { userid?: unknown } | undefined;
    if (answer.body.errcode === 0 && typeof result?.userid === 'string') return result.userid;
    // A bad, used or expired code is a refusal (errcode 40078), not an outage.
    this.log.warn({ errcode: answer.body.errcode }, 'DingTalk refused an in-app login code');
    return undefined;
  }

  private async jsapiTicket(): Promise<string> {
    if (this.ticket && this.ticket.until > this.now()) return this.ticket.value;
    const answer = await this.api.call('GET', '/get_jsapi_ticket', undefined, 'oapi');
    const { errcode, errmsg, ticket, expires_in: expiresIn } = answer.body;
    if (errcode !== 0 || typeof ticket !== 'string') {
      throw new Error(`DingTalk jsapi ticket refused: ${String(errcode)} ${String(errmsg)}`);
    }
    const lifetimeS = typeof expiresIn === 'number' ? expiresIn : 0;
    this.ticket = { value: ticket, until: this.now() + lifetimeS * 1000 - TICKET_MARGIN_MS };
    return ticket;
  }
}
