import type { NoticePlatforms } from '../db/queries/chat-identities.js';
import type { PlatformAdapter } from '../platforms/adapter.js';
import type { PlatformName } from './event.js';

/** The adapters of the configured platforms, in the service's order (real platforms before the sandbox). */
export type Adapters = ReadonlyMap<PlatformName, PlatformAdapter>;

/** How a notice reaches a person: the adapter and the person's user id on its identity platform. */
export interface NoticeRoute {
  adapter: PlatformAdapter;
  userId: string;
}

/**
 * The one platform a person's notice goes to: among the configured adapters that can reach one of
 * their chat accounts, the one they chose, else the one they last wrote from, else the first in the
 * service's order. Undefined when no configured platform knows them. Exactly one or none: a person
 * bound on several platforms never gets a notice twice (its idempotency key names the person, not the
 * platform, so a notice is queued once whichever way it goes).
 */
export function chooseNoticeRoute(choices: NoticePlatforms, adapters: Adapters): NoticeRoute | undefined {
  const reachable: NoticeRoute[] = [];
  for (const adapter of adapters.values()) {
    const platform = adapter.identityPlatform ?? adapter.platform;
    const identity = choices.identities.find((i) => i.platform === platform);
    if (identity) reachable.push({ adapter, userId: identity.platformUserId });
  }
  const on = (platform: PlatformName | null) => reachable.find((r) => r.adapter.platform === platform);
  return on(choices.preferred) ?? on(choices.last) ?? reachable[0];
}

/** A single adapter as the adapter list (tests, tools that send through one platform). */
export function adaptersOf(...adapters: PlatformAdapter[]): Adapters {
  return new Map(adapters.map((adapter) => [adapter.platform, adapter]));
}
