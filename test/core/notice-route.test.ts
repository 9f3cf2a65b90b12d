import { describe, expect, it } from 'vitest';
import type { PlatformName } from '../../src/core/event.js';
import { chooseNoticeRoute } from '../../src/core/notice-route.js';
import type { PlatformAdapter } from '../../src/platforms/adapter.js';

/** Only what the choice reads of an adapter. */
function adapter(platform: PlatformName, identityPlatform?: PlatformName): PlatformAdapter {
  return { platform, ...(identityPlatform ? { identityPlatform } : {}) } as PlatformAdapter;
}

const adapters = new Map<PlatformName, PlatformAdapter>([
  ['FEISHU', adapter('FEISHU')],
  ['DINGTALK', adapter('DINGTALK')],
  ['SANDBOX', adapter('SANDBOX', 'FEISHU')],
]);
const both = [
  { platform: 'FEISHU' as const, platformUserId: 'ou_1' },
  { platform: 'DINGTALK' as const, platformUserId: 'staff1' },
];
const routeOf = (choice: Parameters<typeof chooseNoticeRoute>[0], list = adapters) => {
  const route = chooseNoticeRoute(choice, list);
  return route && `${route.adapter.platform}:${route.userId}`;
};

describe('where a notice to a person goes', () => {
  it('goes to the platform the person last used, once', () => {
    expect(routeOf({ identities: both, last: 'DINGTALK', preferred: null })).toBe('DINGTALK:staff1');
    expect(routeOf({ identities: both, last: 'FEISHU', preferred: null })).toBe('FEISHU:ou_1');
  });

  it('follows a preference over the last used platform', () => {
    expect(routeOf({ identities: both, last: 'FEISHU', preferred: 'DINGTALK' })).toBe('DINGTALK:staff1');
  });

  it('ignores a preference or last platform that is not configured or not bound', () => {
    const feishuOnly = new Map([...adapters].filter(([name]) => name === 'FEISHU'));
    expect(routeOf({ identities: both, last: 'DINGTALK', preferred: 'DINGTALK' }, feishuOnly)).toBe('FEISHU:ou_1');
    expect(routeOf({ identities: [both[1]!], last: 'FEISHU', preferred: 'FEISHU' })).toBe('DINGTALK:staff1');
  });

  it('takes the first configured platform when nothing decides, real platforms before the sandbox', () => {
    expect(routeOf({ identities: both, last: null, preferred: null })).toBe('FEISHU:ou_1');
  });

  it('reaches a sandbox user through the Feishu identity the sandbox borrows', () => {
    expect(routeOf({ identities: [both[0]!], last: 'SANDBOX', preferred: null })).toBe('SANDBOX:ou_1');
  });

  it('finds no route for a person no configured platform knows', () => {
    expect(routeOf({ identities: [], last: null, preferred: null })).toBeUndefined();
  });
});
