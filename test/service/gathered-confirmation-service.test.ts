import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import { ManualClock } from '../../src/time/clock.js';
import { testProviders } from '../support/db.js';
import { addPerson } from '../support/fixtures.js';
import { CHAT_DRIVERS, NOW, seedRotationWorld, type ChatDriver } from './chat-drivers.js';

const cases = testProviders().flatMap((provider) =>
  (['feishu', 'dingtalk'] as const).map((platform) => ({ provider, platform })),
);

/**
 * Issue 18 item 2, from outside: two physicians checking in at once at one clinic give its head one
 * card listing both (never two, even on PostgreSQL), updated in place; each is confirmed on its own.
 */
describe.each(cases)('gathered confirmation cards on $platform ($provider)', ({ provider, platform }) => {
  let chat: ChatDriver;
  const clock = new ManualClock(NOW);
  let zhaoId = 0;
  let wangDay = 0;

  beforeAll(async () => {
    chat = await CHAT_DRIVERS[platform](provider, clock);
    const { service } = chat;
    const users = { physician: chat.userId('wang'), coordinator: chat.userId('coord') };
    await seedRotationWorld(service, chat.platform, users, NOW);
    const db = service.database.db;
    const wangAssignment = await db.assignment.findFirstOrThrow();
    const bind = (personId: number, key: string) =>
      bindChatIdentity(db, {
        personId,
        platform: chat.platform,
        platformUserId: chat.userId(key),
        method: 'SEED',
        boundById: null,
      });
    const zhao = await addPerson(db, '赵医生', null);
    zhaoId = zhao.id;
    await bind(zhao.id, 'zhao');
    await grantRole(db, { personId: zhao.id, role: 'PHYSICIAN', grantedById: null, at: NOW });
    await createAssignment(db, {
      programId: wangAssignment.programId,
      institutionId: wangAssignment.institutionId,
      startDate: wangAssignment.startDate,
      endDate: wangAssignment.endDate,
      physicianId: zhao.id,
      plannedDates: ['2026-03-02'],
      createdById: null,
      at: NOW,
    });
    const head = await addPerson(db, '李院长', null);
    await bind(head.id, 'head');
    const scope = { institutionId: wangAssignment.institutionId };
    await grantRole(db, { personId: head.id, role: 'CLINIC_HEAD', ...scope, grantedById: null, at: NOW });
  }, 120_000);
  afterAll(() => chat.stop());

  it('two arrivals at once land on one card for the clinic head, listing both', async () => {
    await Promise.all([chat.say(chat.userId('wang'), '/签到'), chat.say(chat.userId('zhao'), '/签到')]);
    await chat.settle();
    const cards = chat.cards(chat.userId('head'));
    expect(cards).toHaveLength(1);
    for (const part of ['王医生', '赵医生', '2 位医师到岗']) expect(cards[0]?.text).toContain(part);
    expect(await chat.service.database.db.confirmationGathering.count()).toBe(1);
    wangDay = (await chat.service.database.db.serviceDay.findFirstOrThrow({ where: { physicianId: { not: zhaoId } } }))
      .id;
  });

  it('confirms one arrival from the gathered card and updates that card in place', async () => {
    clock.advance(60_000);
    const [card] = chat.cards(chat.userId('head'));
    const value = card?.values.find((v) => v.action === 'visit.confirm' && v.serviceDayId === wangDay);
    expect(value).toBeDefined();
    await card?.press(chat.userId('head'), value ?? {});
    await chat.settle();
    const days = await chat.service.database.db.serviceDay.findMany({ orderBy: { id: 'asc' } });
    expect(days.map((d) => [d.id === wangDay, d.confirmationStatus])).toEqual(
      expect.arrayContaining([
        [true, 'CONFIRMED'],
        [false, 'PENDING'],
      ]),
    );
    const cards = chat.cards(chat.userId('head'));
    expect(cards).toHaveLength(1);
    expect(cards[0]?.text).toContain('已确认');
    expect(cards[0]?.text).toContain('赵医生');
  });
});
