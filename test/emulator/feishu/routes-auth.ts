import { ErrorCodes } from './codes.js';
import { fail, parseJsonObject } from './http.js';
import type { Route, RouteDeps } from './routing.js';

/**
 * `POST /open-apis/auth/v3/tenant_access_token/internal` (doc §7.1). The token is at the top level of
 * the answer, not in `data`. Failures are HTTP 200 with a non-zero code, which the SDK turns into
 * "failed to get tenant_access_token, code: …" (the doc does not give the status; see README).
 */
export function authRoutes(deps: RouteDeps): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/open-apis\/auth\/v3\/tenant_access_token\/internal\/?$/,
      api: 'token',
      auth: false,
      handle: ({ body }) => {
        const request = parseJsonObject(body);
        if (!request || typeof request.app_id !== 'string' || typeof request.app_secret !== 'string') {
          return { ...fail('token_bad_request', ErrorCodes.authInvalidParam), status: 200 };
        }
        const app = deps.apps.get(request.app_id);
        if (!app || app.appSecret !== request.app_secret) {
          return { ...fail('token_bad_credentials', ErrorCodes.appCredentials), status: 200 };
        }
        const { token, expire } = deps.tokens.grant(app.appId);
        return { status: 200, body: { code: 0, msg: 'ok', tenant_access_token: token, expire } };
      },
    },
    {
      // `GET /open-apis/bot/v3/info`: the bot's own identity; the answer carries `bot` at the top level.
      method: 'GET',
      pattern: /^\/open-apis\/bot\/v3\/info\/?$/,
      api: 'bot_info',
      auth: true,
      handle: ({ appId }) => {
        const app = deps.apps.get(appId);
        return {
          status: 200,
          body: { code: 0, msg: 'ok', bot: { open_id: app?.botOpenId, app_name: app?.botName, activate_status: 2 } },
        };
      },
    },
  ];
}
