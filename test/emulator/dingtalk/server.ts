import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJsonObject, parseMultipart, readBody } from '../feishu/http.js';
import { DingtalkState } from './state.js';
import { attachStream, type StreamEmulation } from './stream.js';

/** The app the emulator knows. */
export interface DingtalkApp {
  clientId: string;
  clientSecret: string;
  corpId: string;
}

/** A fault the next call to `path` meets instead of its answer. */
export interface DingtalkFault {
  status: number;
  body: Record<string, unknown>;
}

/** Options of {@link startDingtalkEmulator}. */
export interface DingtalkEmulatorOptions {
  app: DingtalkApp;
  /** Calls per second per API before 403 `QpsLimit` (DingTalk's free edition: 20). */
  qps?: number;
  now?: () => number;
}

/** A running emulator: one server for both OpenAPI hosts, the Stream gateway and its WebSocket. */
export interface DingtalkEmulator {
  baseUrl: string;
  app: DingtalkApp;
  state: DingtalkState;
  stream: StreamEmulation;
  /** Queues faults for the next calls to an API path (e.g. `/v1.0/robot/oToMessages/batchSend`). */
  inject(path: string, ...faults: DingtalkFault[]): void;
  /** Expires every issued token: the next call with one is refused with `InvalidAuthentication`. */
  expireTokens(): void;
  close(): Promise<void>;
}

const TOKEN_LIFETIME_S = 7200;
const AUTH_CODE_TTL_MS = 5 * 60_000;
const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

/**
 * Starts an emulated DingTalk on 127.0.0.1 (dingtalk.md §9): tokens (`/v1.0/oauth2/accessToken`, JSON
 * only, 7 200 s), the robot APIs with their real rules (≤ 20 userIds, `msgParam` a JSON string,
 * `invalidStaffIdList`, `flowControlledStaffIdList`), file download and media upload, card instances,
 * user details, the H5 app's jsapi ticket (`GET /get_jsapi_ticket`) and in-app login codes
 * (`POST /topapi/v2/user/getuserinfo`, see `DingtalkState.issueAuthCode`), a per-API QPS limit answered 403 `QpsLimit.ExceedRealQps`, injected faults (429, 5xx,
 * 504 …), and the Stream gateway with its WebSocket (see `stream.ts`).
 */
export async function startDingtalkEmulator(options: DingtalkEmulatorOptions): Promise<DingtalkEmulator> {
  const { app } = options;
  const now = options.now ?? Date.now;
  const qps = options.qps ?? 20;
  const state = new DingtalkState(now);
  const tokens = new Map<string, number>();
  const faults = new Map<string, DingtalkFault[]>();
  const windows = new Map<string, number[]>();
  let baseUrl = '';

  const issueToken = (res: ServerResponse, clientId: unknown, secret: unknown, old: boolean): void => {
    if (clientId !== app.clientId || secret !== app.clientSecret) {
      return old
        ? json(res, 200, { errcode: 40089, errmsg: 'invalid appkey or appsecret' })
        : json(res, 400, { code: 'invalid.client', message: 'invalid client' });
    }
    const token = randomBytes(12).toString('hex');
    tokens.set(token, now() + TOKEN_LIFETIME_S * 1000);
    if (old) return json(res, 200, { errcode: 0, access_token: token, expires_in: TOKEN_LIFETIME_S });
    json(res, 200, { accessToken: token, expireIn: TOKEN_LIFETIME_S });
  };
  const tokenValid = (token: string | undefined | null): boolean => {
    const expires = token ? tokens.get(token) : undefined;
    return expires !== undefined && expires > now();
  };
  const overQps = (path: string): boolean => {
    const t = now();
    const recent = (windows.get(path) ?? []).filter((at) => t - at < 1000);
    recent.push(t);
    windows.set(path, recent);
    return recent.length > qps;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const raw = await readBody(req, 30 * 1024 * 1024);
    if (raw === 'too_large') return json(res, 413, { code: 'TooLarge' });
    const record = (status: number) => state.calls.push({ path, status, at: now() });
    if (path.startsWith('/files/')) {
      const data = state.userFiles.get(decodeURIComponent(path.slice('/files/'.length)));
      if (!data) return json(res, 404, {});
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return void res.end(data);
    }
    if (path === '/v1.0/oauth2/accessToken') {
      const body = parseJsonObject(raw);
      if (!body || !String(req.headers['content-type']).includes('json'))
        return json(res, 400, { code: 'MissingBody', message: 'body is mandatory' });
      return issueToken(res, body.appKey, body.appSecret, false);
    }
    if (path === '/gettoken')
      return issueToken(res, url.searchParams.get('appkey'), url.searchParams.get('appsecret'), true);
    if (path === '/v1.0/gateway/connections/open') {
      const body = parseJsonObject(raw);
      if (body?.clientId !== app.clientId || body.clientSecret !== app.clientSecret)
        return json(res, 401, { code: 'InvalidClient' });
      return json(res, 200, stream.openTicket(body.subscriptions));
    }
    const old = !path.startsWith('/v1.0/');
    const token = old ? url.searchParams.get('access_token') : (req.headers['x-acs-dingtalk-access-token'] as string);
    if (!tokenValid(token)) {
      record(old ? 200 : 400);
      return old
        ? json(res, 200, { errcode: 40014, errmsg: '不合法的access_token' })
        : json(res, 400, { code: 'InvalidAuthentication', message: '不合法的access_token', requestid: 'r' });
    }
    const fault = faults.get(path)?.shift();
    if (fault) {
      record(fault.status);
      return json(res, fault.status, fault.body);
    }
    if (overQps(path)) {
      record(403);
      return json(res, 403, { code: 'QpsLimit.ExceedRealQps', message: 'qps limit' });
    }
    const reply = route(path, req, raw);
    record(reply.status);
    json(res, reply.status, reply.body);
  };

  const route = (path: string, req: IncomingMessage, raw: Buffer): DingtalkFault => {
    if (path === '/media/upload') {
      const parts = parseMultipart(req.headers['content-type'], raw);
      const media = parts?.get('media');
      if (!media) return { status: 200, body: { errcode: 40004, errmsg: 'no media' } };
      const mediaId = `@media${randomBytes(6).toString('hex')}`;
      state.uploads.set(mediaId, { fileName: media.filename ?? 'file', data: media.data });
      return { status: 200, body: { errcode: 0, media_id: mediaId, type: 'file' } };
    }
    if (path === '/get_jsapi_ticket') {
      return {
        status: 200,
        body: { errcode: 0, errmsg: 'ok', ticket: jsapiTicketOf(app), expires_in: TOKEN_LIFETIME_S },
      };
    }
    const body = parseJsonObject(raw);
    if (!body) return { status: 400, body: { code: 'InvalidBody' } };
    switch (path) {
      case '/topapi/v2/user/getuserinfo':
        return userOfAuthCode(String(body.code ?? ''));
      case '/v1.0/robot/oToMessages/batchSend':
        return robotSend(body, 'batchSend');
      case '/v1.0/robot/groupMessages/send':
        return robotSend(body, 'groupSend');
      case '/v1.0/robot/messageFiles/download': {
        const code = String(body.downloadCode ?? '');
        if (!state.userFiles.has(code)) return { status: 400, body: { code: 'invalidParameter' } };
        return { status: 200, body: { downloadUrl: `${baseUrl}/files/${encodeURIComponent(code)}` } };
      }
      case '/v1.0/card/instances/createAndDeliver': {
        const outTrackId = String(body.outTrackId ?? '');
        if (state.cards.has(outTrackId)) return { status: 400, body: { code: 'param.outTrackIdDuplicate' } };
        const data = body.cardData as { cardParamMap?: Record<string, string> } | undefined;
        state.cards.set(outTrackId, {
          outTrackId,
          templateId: String(body.cardTemplateId),
          openSpaceId: String(body.openSpaceId),
          callbackType: String(body.callbackType),
          params: { ...data?.cardParamMap },
          updates: 0,
        });
        return { status: 200, body: { success: true, result: { outTrackId } } };
      }
      case '/v1.0/card/instances': {
        const card = state.cards.get(String(body.outTrackId ?? ''));
        if (!card || req.method !== 'PUT') return { status: 400, body: { code: 'card.notFound' } };
        const data = body.cardData as { cardParamMap?: Record<string, string> } | undefined;
        Object.assign(card.params, data?.cardParamMap);
        card.updates++;
        return { status: 200, body: { success: true } };
      }
      case '/topapi/v2/user/get': {
        const user = state.users.get(String(body.userid ?? ''));
        if (!user) return { status: 200, body: { errcode: 60121, errmsg: '找不到该用户' } };
        return {
          status: 200,
          body: {
            errcode: 0,
            result: {
              userid: user.userId,
              unionid: user.unionId,
              name: user.name,
              ...(user.mobile ? { mobile: user.mobile } : {}),
            },
          },
        };
      }
      default:
        return { status: 404, body: { code: 'NotFound', message: `no API ${path}` } };
    }
  };

  /** A login code is valid 5 minutes and once (DingTalk: 免登授权码有效期5分钟，且只能使用一次). */
  const userOfAuthCode = (code: string): DingtalkFault => {
    const issued = state.authCodes.get(code);
    if (!issued || issued.used || now() - issued.issuedAt > AUTH_CODE_TTL_MS) {
      return { status: 200, body: { errcode: 40078, errmsg: '不存在的临时授权码' } };
    }
    issued.used = true;
    const user = state.users.get(issued.userId);
    return {
      status: 200,
      body: {
        errcode: 0,
        errmsg: 'ok',
        result: {
          userid: issued.userId,
          device_id: 'device0001',
          sys: false,
          sys_level: 0,
          ...(user ? { unionid: user.unionId, name: user.name } : {}),
        },
      },
    };
  };

  const robotSend = (body: Record<string, unknown>, api: 'batchSend' | 'groupSend'): DingtalkFault => {
    if (body.robotCode !== app.clientId) return { status: 400, body: { code: 'invalidParameter.robotCode' } };
    if (typeof body.msgParam !== 'string') return { status: 400, body: { code: 'invalidParameter.msgParam' } };
    let param: Record<string, unknown>;
    try {
      param = JSON.parse(body.msgParam) as Record<string, unknown>;
    } catch {
      return { status: 400, body: { code: 'invalidParameter.msgParam' } };
    }
    const processQueryKey = randomBytes(8).toString('hex');
    if (api === 'groupSend') {
      const to = String(body.openConversationId ?? '');
      if (!to) return { status: 400, body: { code: 'invalidParameter.openConversationId' } };
      state.sent.push({ api, to, msgKey: String(body.msgKey), param, processQueryKey });
      return { status: 200, body: { processQueryKey } };
    }
    const userIds = Array.isArray(body.userIds) ? body.userIds.map(String) : [];
    if (userIds.length === 0 || userIds.length > 20) return { status: 400, body: { code: 'invalidParameter.userIds' } };
    const flowControlled = userIds.filter((id) => {
      const at = state.flowControlled.indexOf(id);
      if (at >= 0) state.flowControlled.splice(at, 1);
      return at >= 0;
    });
    for (const to of userIds.filter((id) => !flowControlled.includes(id)))
      state.sent.push({ api, to, msgKey: String(body.msgKey), param, processQueryKey });
    return {
      status: 200,
      body: { processQueryKey, invalidStaffIdList: [], flowControlledStaffIdList: flowControlled },
    };
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => json(res, 500, { code: 'EmulatorError', message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stream = attachStream(server, app, () => baseUrl);
  return {
    baseUrl,
    app,
    state,
    stream,
    inject: (path, ...list) => faults.set(path, [...(faults.get(path) ?? []), ...list]),
    expireTokens: () => tokens.clear(),
    close: async () => {
      stream.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The app's jsapi ticket: derived from the app, so tests can compute the expected `dd.config` signature. */
export function jsapiTicketOf(app: DingtalkApp): string {
  return `dingjsapi_${app.clientId}`;
}

/**
 * Whether a `dd.config` signature is the one DingTalk's client checks: hex
 * `sha1("jsapi_ticket=…&noncestr=…&timestamp=…&url=…")` over the page URL without its `#` part.
 */
export function dingtalkJsapiSignatureValid(
  app: DingtalkApp,
  pageUrl: string,
  config: { timeStamp: number | string; nonceStr: string; signature: string },
): boolean {
  const url = pageUrl.split('#')[0] ?? pageUrl;
  const plain = `jsapi_ticket=${jsapiTicketOf(app)}&noncestr=${config.nonceStr}&timestamp=${config.timeStamp}&url=${url}`;
  return createHash('sha1').update(plain).digest('hex') === config.signature;
}
