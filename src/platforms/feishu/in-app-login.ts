import type { Logger } from '../../log/logger.js';
import { signJsapi, type InAppLogin, type JsapiConfig } from '../in-app-login.js';
import type { FeishuClient } from './client.js';

/** Refetch the ticket this long before Feishu says it expires. */
const TICKET_MARGIN_MS = 5 * 60_000;

interface TicketAnswer {
  code?: number;
  msg?: string;
  data?: { ticket?: string; expire_in?: number };
}

/**
 * Feishu's side of the check-in page. The jsapi ticket (`POST /open-apis/jssdk/ticket/get`, valid
 * `expire_in` seconds, cached) signs `h5sdk.config`: `sha1("jsapi_ticket=…&noncestr=…&timestamp=…&url=…")`
 * with the page URL as the browser has it. The code from `tt.requestAuthCode` is exchanged through
 * `POST /open-apis/authen/v1/access_token` (grant_type `authorization_code`) for the user's open_id.
 */
export class FeishuInAppLogin implements InAppLogin {
  readonly platform = 'FEISHU' as const;
  private ticket: { value: string; until: number } | undefined;

  constructor(
    private readonly feishu: FeishuClient,
    private readonly appId: string,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async jsapiConfig(pageUrl: string): Promise<JsapiConfig> {
    return { appId: this.appId, ...signJsapi(await this.jsapiTicket(), pageUrl, this.now()) };
  }

  async userIdForCode(code: string): Promise<string | undefined> {
    try {
      const answer = await this.feishu.client.authen.accessToken.create({
        data: { grant_type: 'authorization_code', code },
      });
      return answer.code === 0 ? answer.data?.open_id : undefined;
    } catch (error) {
      // Feishu answers a bad or used code with HTTP 400; that is a refusal, not an outage.
      this.log.warn({ err: error }, 'Feishu refused an in-app login code');
      return undefined;
    }
  }

  private async jsapiTicket(): Promise<string> {
    if (this.ticket && this.ticket.until > this.now()) return this.ticket.value;
    const answer = await this.feishu.client.request<TicketAnswer>({
      method: 'POST',
      url: '/open-apis/jssdk/ticket/get',
    });
    const value = answer.data?.ticket;
    if (answer.code !== 0 || !value) throw new Error(`Feishu jsapi ticket refused: ${answer.code} ${answer.msg}`);
    this.ticket = { value, until: this.now() + (answer.data?.expire_in ?? 0) * 1000 - TICKET_MARGIN_MS };
    return value;
  }
}
