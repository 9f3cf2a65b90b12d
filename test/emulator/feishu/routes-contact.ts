import { ErrorCodes } from './codes.js';
import { fail, ok, parseJsonObject } from './http.js';
import type { Route } from './routing.js';
import type { EmulatedUser, EmulatorState } from './state.js';

const USER_ID_TYPES = ['open_id', 'union_id', 'user_id'];
const MAX_BATCH = 50;
const ACTIVE = { is_frozen: false, is_resigned: false, is_activated: true, is_exited: false, is_unjoin: false };

/** Mainland numbers are written with or without `+86`; compare them without it. */
function normalizeMobile(mobile: string): string {
  return mobile.replace(/[\s-]/g, '').replace(/^\+86/, '');
}

/** The mobile as Feishu returns it: with the country code. */
function displayMobile(mobile: string): string {
  return mobile.startsWith('+') ? mobile : `+86${normalizeMobile(mobile)}`;
}

function idOf(user: EmulatedUser, idType: string): string {
  return idType === 'union_id' ? user.union_id : idType === 'user_id' ? user.user_id : user.open_id;
}

/**
 * Contact look-ups: `GET /open-apis/contact/v3/users/:user_id` and
 * `POST /open-apis/contact/v3/users/batch_get_id`. Not covered by the shared doc; shapes follow the
 * SDK 1.74.0 types (`client.contact.user.get` / `batchGetId`), `user_id_type` defaults to open_id.
 */
export function contactRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/open-apis\/contact\/v3\/users\/batch_get_id\/?$/,
      api: 'user_batch_get_id',
      auth: true,
      handle: (ctx) => {
        const idType = ctx.url.searchParams.get('user_id_type') ?? 'open_id';
        const body = parseJsonObject(ctx.body);
        const mobiles = body?.mobiles ?? [];
        const emails = body?.emails ?? [];
        const valid = (list: unknown): list is string[] =>
          Array.isArray(list) && list.length <= MAX_BATCH && list.every((m) => typeof m === 'string');
        if (!USER_ID_TYPES.includes(idType) || !valid(mobiles) || !valid(emails)) {
          return fail('contact_bad_request', ErrorCodes.fieldValidation);
        }
        const byMobile = mobiles.map((mobile) => {
          const user = state.users.find((u) => u.mobile && normalizeMobile(u.mobile) === normalizeMobile(mobile));
          return { ...(user && { user_id: idOf(user, idType), status: ACTIVE }), mobile };
        });
        const byEmail = emails.map((email) => {
          const user = state.findUser('email', email);
          return { ...(user && { user_id: idOf(user, idType), status: ACTIVE }), email };
        });
        return ok({ user_list: [...byMobile, ...byEmail] });
      },
    },
    {
      method: 'GET',
      pattern: /^\/open-apis\/contact\/v3\/users\/(?<user_id>[^/]+)\/?$/,
      api: 'user_get',
      auth: true,
      handle: (ctx) => {
        const idType = ctx.url.searchParams.get('user_id_type') ?? 'open_id';
        if (!USER_ID_TYPES.includes(idType)) return fail('contact_bad_request', ErrorCodes.fieldValidation);
        const user = state.findUser(idType, ctx.params.user_id ?? '');
        if (!user) return fail('contact_unknown_user', ErrorCodes.noUserAuthority);
        return ok({
          user: {
            open_id: user.open_id,
            union_id: user.union_id,
            user_id: user.user_id,
            name: user.name,
            ...(user.mobile !== undefined && { mobile: displayMobile(user.mobile), mobile_visible: true }),
            ...(user.email !== undefined && { email: user.email }),
            status: ACTIVE,
          },
        });
      },
    },
  ];
}
