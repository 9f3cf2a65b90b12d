import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addGroupSubscription,
  cancelGroupSubscription,
  findChatGroup,
  listGroupSubscriptions,
  listSubscriptionsCoveringInstitution,
  listSubscriptionsForTopic,
  markChatGroupRemoved,
  upsertChatGroup,
} from '../../../src/db/queries/groups.js';
import { upsertRegionByCode } from '../../../src/db/queries/regions.js';
import type { ChatGroup, Institution } from '../../../src/generated/sqlite/client.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { addClinic, buildBasicFixture, type BasicFixture } from '../../support/fixtures.js';

const at = (minute: number) => new Date(Date.UTC(2023, 7, 15, 0, minute));

describe.each(testProviders())('chat groups and subscriptions on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;
  let countyGroup: ChatGroup;
  let clinicGroup: ChatGroup;
  let cityClinic: Institution;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    await upsertRegionByCode(database.db, { code: '350802', name: '新罗区', level: 'COUNTY', parentCode: '3508' });
    cityClinic = await addClinic(database.db, 'C-DC', '东城社区卫生服务中心', '350802');
  });
  afterAll(() => database.destroy());

  it('upserts groups by platform and chat id, and marks removal', async () => {
    countyGroup = await upsertChatGroup(database.db, {
      platform: 'FEISHU',
      chatId: 'oc_1',
      name: '漳平巡诊群',
      at: at(0),
    });
    clinicGroup = await upsertChatGroup(database.db, { platform: 'FEISHU', chatId: 'oc_2', name: '石门群', at: at(0) });
    const sameIdElsewhere = await upsertChatGroup(database.db, {
      platform: 'DINGTALK',
      chatId: 'oc_1',
      name: 'x',
      at: at(0),
    });
    expect(sameIdElsewhere.id).not.toBe(countyGroup.id);
    const renamed = await upsertChatGroup(database.db, {
      platform: 'FEISHU',
      chatId: 'oc_1',
      name: '漳平市巡诊群',
      at: at(1),
    });
    expect(renamed).toMatchObject({ id: countyGroup.id, name: '漳平市巡诊群', addedAt: at(0) });

    expect((await markChatGroupRemoved(database.db, 'FEISHU', 'oc_2', at(2)))?.removedAt).toEqual(at(2));
    expect(await markChatGroupRemoved(database.db, 'FEISHU', 'unknown', at(2))).toBeNull();
    expect((await findChatGroup(database.db, 'FEISHU', 'oc_2'))?.removedAt).toEqual(at(2));
    const readded = await upsertChatGroup(database.db, {
      platform: 'FEISHU',
      chatId: 'oc_2',
      name: '石门群',
      at: at(3),
    });
    expect(readded).toMatchObject({ id: clinicGroup.id, removedAt: null, addedAt: at(3) });
    expect(await findChatGroup(database.db, 'FEISHU', 'nope')).toBeNull();
  });

  it('adds a subscription once per group, topic and scope, and cancels it', async () => {
    const first = await addGroupSubscription(database.db, {
      groupId: countyGroup.id,
      topic: 'SCHEDULE',
      regionId: f.county.id,
      at: at(4),
    });
    const again = await addGroupSubscription(database.db, {
      groupId: countyGroup.id,
      topic: 'SCHEDULE',
      regionId: f.county.id,
      institutionId: null,
      at: at(5),
    });
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, subscription: { id: first.subscription.id } });
    await addGroupSubscription(database.db, {
      groupId: countyGroup.id,
      topic: 'DEADLINES',
      regionId: f.county.id,
      at: at(5),
    });
    const listed = await listGroupSubscriptions(database.db, countyGroup.id);
    expect(listed.map((s) => [s.topic, s.region?.name])).toEqual([
      ['SCHEDULE', '漳平市'],
      ['DEADLINES', '漳平市'],
    ]);

    const cancelled = await cancelGroupSubscription(database.db, first.subscription.id, at(6));
    expect(cancelled?.cancelledAt).toEqual(at(6));
    expect((await cancelGroupSubscription(database.db, first.subscription.id, at(7)))?.cancelledAt).toEqual(at(6));
    expect(await cancelGroupSubscription(database.db, 999_999, at(7))).toBeNull();
    expect((await listGroupSubscriptions(database.db, countyGroup.id)).map((s) => s.topic)).toEqual(['DEADLINES']);
    const renewed = await addGroupSubscription(database.db, {
      groupId: countyGroup.id,
      topic: 'SCHEDULE',
      regionId: f.county.id,
      at: at(8),
    });
    expect(renewed.created).toBe(true);
  });

  it('lists subscriptions by topic and those covering an institution', async () => {
    await addGroupSubscription(database.db, {
      groupId: clinicGroup.id,
      topic: 'SCHEDULE',
      institutionId: f.clinic.id,
      at: at(9),
    });
    const everything = await upsertChatGroup(database.db, {
      platform: 'FEISHU',
      chatId: 'oc_ops',
      name: '运维',
      at: at(9),
    });
    await addGroupSubscription(database.db, { groupId: everything.id, topic: 'SCHEDULE', at: at(9) });
    const gone = await upsertChatGroup(database.db, { platform: 'FEISHU', chatId: 'oc_gone', name: '旧群', at: at(9) });
    await addGroupSubscription(database.db, {
      groupId: gone.id,
      topic: 'SCHEDULE',
      regionId: f.province.id,
      at: at(9),
    });
    await markChatGroupRemoved(database.db, 'FEISHU', 'oc_gone', at(10));

    const chats = (rows: { group: { chatId: string } }[]) => rows.map((r) => r.group.chatId);
    expect(chats(await listSubscriptionsForTopic(database.db, 'SCHEDULE'))).toEqual(['oc_1', 'oc_2', 'oc_ops']);
    expect(chats(await listSubscriptionsForTopic(database.db, 'DEADLINES'))).toEqual(['oc_1']);
    expect(chats(await listSubscriptionsCoveringInstitution(database.db, 'SCHEDULE', f.clinic))).toEqual([
      'oc_1',
      'oc_2',
      'oc_ops',
    ]);
    expect(chats(await listSubscriptionsCoveringInstitution(database.db, 'SCHEDULE', cityClinic))).toEqual(['oc_ops']);
    expect(chats(await listSubscriptionsCoveringInstitution(database.db, 'DEADLINES', cityClinic))).toEqual([]);
  });
});
