import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotifier, type Notifier } from '../../src/core/create-context.js';
import type { PlatformName } from '../../src/core/event.js';
import { bindChatIdentity, recordPlatformUse, setPreferredPlatform } from '../../src/db/queries/chat-identities.js';
import type { PlatformAdapter } from '../../src/platforms/adapter.js';
import { ManualClock } from '../../src/time/clock.js';
import { ScriptedAdapter } from '../delivery/scripted-adapter.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { addPerson } from '../support/fixtures.js';

describe.each(testProviders())('notices to a person bound on two platforms (%s)', (provider) => {
  let database: TestDatabase;
  let notifier: Notifier;
  let personId: number;
  const rows = (purpose: string) =>
    database.db.outboundMessage.findMany({ where: { purpose }, select: { platform: true, receiveId: true } });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const adapters = new Map<PlatformName, PlatformAdapter>([
      ['FEISHU', new ScriptedAdapter(undefined, 0, 'FEISHU')],
      ['DINGTALK', new ScriptedAdapter(undefined, 0, 'DINGTALK')],
    ]);
    const deps = {
      db: database.db,
      clock: new ManualClock(new Date('2026-03-02T02:00:00Z')),
      dispatcher: { wake: () => undefined },
      config: { locale: 'zh-CN' as const, timeZone: 'Asia/Shanghai' },
    };
    notifier = createNotifier(deps, adapters, pino({ level: 'silent' }));
    personId = (await addPerson(database.db, '王医生')).id;
    for (const [platform, platformUserId] of [
      ['FEISHU', 'ou_wang'],
      ['DINGTALK', 'staff_wang'],
    ] as const) {
      await bindChatIdentity(database.db, { personId, platform, platformUserId, method: 'SEED', boundById: null });
    }
  });
  afterAll(() => database.destroy());

  it('goes once, to the platform the person last wrote from', async () => {
    await recordPlatformUse(database.db, personId, 'DINGTALK', new Date('2026-03-02T02:00:00Z'));
    await notifier.notify({ personId }, 'a', 'test.last', 'k1');
    await notifier.notify({ personId }, 'a', 'test.last', 'k1');
    expect(await rows('test.last')).toEqual([{ platform: 'DINGTALK', receiveId: 'staff_wang' }]);
  });

  it('keeps the platform of the latest message when an earlier one is handled after it, or at once', async () => {
    const second = (s: number) => new Date(`2026-03-02T02:01:0${s}Z`);
    await recordPlatformUse(database.db, personId, 'FEISHU', second(2));
    await recordPlatformUse(database.db, personId, 'DINGTALK', second(1));
    await notifier.notify({ personId }, 'a', 'test.late', 'k1');
    await Promise.all([
      recordPlatformUse(database.db, personId, 'DINGTALK', second(4)),
      recordPlatformUse(database.db, personId, 'FEISHU', second(3)),
    ]);
    await notifier.notify({ personId }, 'a', 'test.concurrent', 'k1');
    expect(await rows('test.late')).toEqual([{ platform: 'FEISHU', receiveId: 'ou_wang' }]);
    expect(await rows('test.concurrent')).toEqual([{ platform: 'DINGTALK', receiveId: 'staff_wang' }]);
  });

  it('follows the chosen platform over the last used one', async () => {
    await setPreferredPlatform(database.db, personId, 'FEISHU');
    await notifier.notify({ personId }, 'b', 'test.preferred', 'k1');
    expect(await rows('test.preferred')).toEqual([{ platform: 'FEISHU', receiveId: 'ou_wang' }]);
    await setPreferredPlatform(database.db, personId, null);
  });

  it('sends a group notice on the group platform', async () => {
    await notifier.notify({ chatId: 'cidGroup==', platform: 'DINGTALK' }, 'c', 'test.group', 'k1');
    expect(await rows('test.group')).toEqual([{ platform: 'DINGTALK', receiveId: 'cidGroup==' }]);
  });
});
