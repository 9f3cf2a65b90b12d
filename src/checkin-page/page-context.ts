import type { Context } from '../core/context.js';
import { createContext, type ContextDeps } from '../core/create-context.js';
import type { InboundEvent, PlatformName } from '../core/event.js';
import { resolveActor } from '../core/identity.js';
import type { Locale } from '../i18n/locale.js';
import type { Logger } from '../log/logger.js';
import type { PlatformAdapter } from '../platforms/adapter.js';
import type { InAppLogin } from '../platforms/in-app-login.js';
import type { LinkClaims } from './link-token.js';
import type { CheckinLinks } from './links.js';

/** What the check-in page's routes need: the bot's context deps, the adapters, links and logins. */
export interface PageDeps extends ContextDeps {
  log: Logger;
  config: { locale: Locale; timeZone: string; adminUserIds: readonly string[] };
  adapters: ReadonlyMap<PlatformName, PlatformAdapter>;
  links: CheckinLinks;
  /** In-app login per identity platform; a platform without one is trusted on the link alone (sandbox). */
  logins: ReadonlyMap<PlatformName, InAppLogin>;
  /** A text in the service's locale (before anyone is identified). */
  t(key: string, params?: Record<string, string | number>): string;
}

/** The adapter that writes to the chat of an identity platform's users (the sandbox borrows FEISHU's). */
export function adapterFor(deps: PageDeps, platform: PlatformName): PlatformAdapter | undefined {
  return (
    deps.adapters.get(platform) ??
    [...deps.adapters.values()].find((a) => (a.identityPlatform ?? a.platform) === platform)
  );
}

/**
 * The context a page submission runs the physician flows in, as if the physician had pressed a button
 * in their private chat: replies (the receipt card) go to that chat, notices (the clinic head's
 * confirmation card) as usual. The link's id makes the event id, so the check-in's source id
 * (`event:page:<link id>`) is unique per link. Undefined when the account is no longer bound to the
 * person the link was minted for.
 */
export async function pageContext(deps: PageDeps, claims: LinkClaims): Promise<Context | undefined> {
  const adapter = adapterFor(deps, claims.platform);
  if (!adapter) return undefined;
  const actor = await resolveActor(deps.db, claims.platform, claims.userId, deps.config.adminUserIds);
  if (actor.person?.id !== claims.personId) return undefined;
  const event: InboundEvent = {
    platform: adapter.platform,
    eventId: `page:${claims.id}`,
    occurredAt: deps.clock.now(),
    sender: { userId: claims.userId },
    chat: { id: claims.userId, type: 'p2p' },
    mentionsBot: true,
    body: { kind: 'cardAction', action: 'checkin-page', value: {} },
  };
  return createContext(deps, deps.adapters, event, actor, deps.log.child({ eventId: event.eventId }));
}
