import type { Logger } from '../../log/logger.js';
import type { DingtalkSettings } from './config.js';

/** Per-call timeout: DingTalk's own gateway answers 504 after 3 s (dingtalk.md §5). */
const DEFAULT_TIMEOUT_MS = 10_000;
/** Tokens live 7 200 s; renew a little early (dingtalk.md §4.1). */
const TOKEN_MARGIN_MS = 5 * 60_000;

/** What DingTalk answered: the HTTP status and the JSON body (`{}` when there was none). */
export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Which host: the new OpenAPI (JSON, header token) or the old one (`?access_token=`). */
export type ApiHost = 'api' | 'oapi';

/**
 * DingTalk's OpenAPI over `fetch`, behind the configured base URLs (the emulator in tests). Holds one
 * access token (`POST /v1.0/oauth2/accessToken`), renewed before it expires and fetched again once when
 * a call is refused with `InvalidAuthentication` (or the old API's 40014/88).
 */
export class DingtalkApi {
  private token: { value: string; expiresAt: number } | undefined;
  private tokenRequest: Promise<string> | undefined;

  constructor(
    private readonly settings: DingtalkSettings,
    private readonly log: Logger,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {}

  /**
   * Calls one API with the app's token. Never throws for an HTTP answer; throws for a network error or
   * a timeout (the caller classifies).
   */
  async call(method: string, path: string, body?: unknown, host: ApiHost = 'api'): Promise<ApiAnswer> {
    const first = await this.send(method, path, body, host, await this.accessToken());
    if (!isTokenRefusal(first)) return first;
    this.log.info({ path }, 'dingtalk token refused: fetching a new one once');
    this.token = undefined;
    return this.send(method, path, body, host, await this.accessToken());
  }

  /** A GET of a temporary download URL DingTalk handed out (files users sent). */
  async download(url: string, maxBytes: number): Promise<Buffer> {
    const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    if (!response.ok) throw new Error(`download failed: HTTP ${response.status}`);
    const data = Buffer.from(await response.arrayBuffer());
    if (data.length > maxBytes) throw new Error(`download larger than ${maxBytes} bytes`);
    return data;
  }

  /** Uploads a file through the old media API; returns its `media_id`. */
  async upload(fileName: string, data: Buffer): Promise<string> {
    const form = new FormData();
    form.append('media', new Blob([new Uint8Array(data)]), fileName);
    const token = await this.accessToken();
    const url = `${this.settings.oapiBaseUrl}/media/upload?type=file&access_token=${encodeURIComponent(token)}`;
    const response = await fetch(url, { method: 'POST', body: form, signal: AbortSignal.timeout(this.timeoutMs) });
    const body = (await response.json().catch(() => ({}))) as { errcode?: number; media_id?: unknown };
    if (body.errcode !== 0 || typeof body.media_id !== 'string') {
      throw new Error(`dingtalk upload refused: HTTP ${response.status} errcode ${String(body.errcode)}`);
    }
    return body.media_id;
  }

  /** The cached token, or a new one (one request at a time). */
  async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    this.tokenRequest ??= this.fetchToken().finally(() => {
      this.tokenRequest = undefined;
    });
    return this.tokenRequest;
  }

  private async fetchToken(): Promise<string> {
    const answer = await this.request('POST', `${this.settings.baseUrl}/v1.0/oauth2/accessToken`, {
      appKey: this.settings.clientId,
      appSecret: this.settings.clientSecret,
    });
    const { accessToken, expireIn } = answer.body;
    if (answer.status !== 200 || typeof accessToken !== 'string') {
      throw new Error(`dingtalk access token refused: HTTP ${answer.status} ${String(answer.body.code ?? '')}`);
    }
    const lifetimeMs = (typeof expireIn === 'number' ? expireIn : 7200) * 1000;
    this.token = { value: accessToken, expiresAt: Date.now() + Math.max(lifetimeMs - TOKEN_MARGIN_MS, 1000) };
    return accessToken;
  }

  private send(method: string, path: string, body: unknown, host: ApiHost, token: string): Promise<ApiAnswer> {
    if (host === 'oapi') {
      const separator = path.includes('?') ? '&' : '?';
      const url = `${this.settings.oapiBaseUrl}${path}${separator}access_token=${encodeURIComponent(token)}`;
      return this.request(method, url, body);
    }
    return this.request(method, `${this.settings.baseUrl}${path}`, body, { 'x-acs-dingtalk-access-token': token });
  }

  private async request(
    method: string,
    url: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiAnswer> {
    const response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await response.text();
    let parsed: unknown = {};
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      parsed = { message: text.slice(0, 200) };
    }
    const json = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    return { status: response.status, body: json };
  }
}

/** Whether DingTalk refused our token: new API `InvalidAuthentication`, old API errcode 40014 or 88. */
export function isTokenRefusal(answer: ApiAnswer): boolean {
  const { code, errcode } = answer.body;
  return code === 'InvalidAuthentication' || errcode === 40014 || errcode === 88;
}
