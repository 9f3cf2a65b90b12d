import { ErrorCodes } from './codes.js';
import { fail, ok, parseJsonObject } from './http.js';
import type { Route, RouteDeps } from './routing.js';

/** How long an in-app login code is valid (Feishu: 5 minutes, single use). */
const AUTH_CODE_TTL_MS = 5 * 60_000;
/** The jsapi ticket's validity in seconds (Feishu answers 7200). */
const TICKET_EXPIRE_IN = 7200;

/**
 * What an H5 web app needs of the Open Platform: `POST /open-apis/jssdk/ticket/get` (the jsapi ticket
 * that signs `h5sdk.config`, one per app, stable while valid) and `POST /open-apis/authen/v1/access_token`
 * (an in-app login code from `tt.requestAuthCode` → the user; codes are issued by
 * `EmulatorState.issueAuthCode`, used once, valid 5 minutes). Both take the tenant token here.
 */
export function h5Routes(deps: RouteDeps): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/open-apis\/jssdk\/ticket\/get\/?$/,
      api: 'jssdk_ticket',
      auth: true,
      handle: ({ appId }) => ok({ ticket: jsapiTicketOf(appId), expire_in: TICKET_EXPIRE_IN }),
    },
    {
      method: 'POST',
      pattern: /^\/open-apis\/authen\/v1\/access_token\/?$/,
      api: 'authen_access_token',
      auth: true,
      handle: ({ body, appId, now }) => {
        const request = parseJsonObject(body);
        const code = typeof request?.code === 'string' ? request.code : '';
        const issued = deps.state.authCodes.get(code);
        if (request?.grant_type !== 'authorization_code' || !issued) {
          return fail('auth_code_invalid', ErrorCodes.authInvalidParam);
        }
        if (issued.used || issued.appId !== appId || now - issued.issuedAt > AUTH_CODE_TTL_MS) {
          return fail('auth_code_used_or_expired', ErrorCodes.authInvalidParam);
        }
        issued.used = true;
        const user = deps.state.findUser('open_id', issued.openId);
        return ok({
          access_token: `u-${code}`,
          token_type: 'Bearer',
          expires_in: 7200,
          open_id: issued.openId,
          ...(user && { union_id: user.union_id, name: user.name }),
        });
      },
    },
  ];
}

/** The app's jsapi ticket: derived from the app id, so tests can compute the expected signature. */
export function jsapiTicketOf(appId: string): string {
  return `jsapi_ticket_${appId}`;
}
