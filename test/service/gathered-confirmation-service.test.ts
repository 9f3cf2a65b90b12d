import { TOPIC_CARD, TOPIC_ROBOT } from 'dingtalk-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformName } from '../../src/core/event.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import type { RunningService } from '../../src/service.js';
import { ManualClock } from '../../src/time/clock.js';
import { DING_APP, startDingtalkHarness } from '../dingtalk/harness.js';
import { textMessage } from '../emulator/dingtalk/index.js';
import { cardActionEvent, messageReceiveEvent } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { callbackValues } from '../support/card-callbacks.js';
import { testProviders } from '../support/db.js';
import { addPerson } from '../support/fixtures.js';
import { clockedPusher, startServiceHarness } from '../support/service-harness.js';
import { NOW, seedRotationWorld } from './chat-drivers.js';

/** A clinic head's confirmation cards as the platform shows them now (after every update). */
interface ShownCard {
  text: string;
  /** The values of its callback buttons. */
  values: Record<string, unknown>[];
  press(user: string, value: Record<string, unknown>): Promise<void>;
}

/** One platform in front of the real service, as this suite needs it: text messages in, cards out, presses in. */
interface CardDriver {
  platform: PlatformName;
  service: RunningService;
  userId(key: string): string;
  /** Makes `user` someone the bot may message on its own (Feishu's availability); a no-op elsewhere. */
  meet(user: string): void;
  say(user: string, text: string): Promise<void>;
  cards(user: string): ShownCard[];
  settle(): Promise<void>;
  stop(): Promise<void>;
}

const DRIVERS: Record<'feishu' | 'dingtalk', (provider: DbProvider, clock: ManualClock) => Promise<CardDriver>> = {
  async feishu(provider, clock) {
    const harness = await startServiceHarness({ provider, clock });
    const pusher = clockedPusher(harness, clock);
    const state = harness.emulator.state;
    const push = async (url: string, envelope: object) => {
      const result = await pusher.push(url, envelope as never);
      if (!result.ok) throw new Error(`feishu push refused: ${JSON.stringify(result.attempts.at(-1))}`);
    };
    return {
      platform: 'FEISHU',
      service: harness.service,
      userId: (key) => `ou_${key}`,
      meet: (user) => state.addUser({ open_id: user, name: user }),
      say: (user, text) =>
        push(
          harness.eventUrl,
          messageReceiveEvent(
            APP,
            {
              sender: { open_id: user },
              chat: { chat_id: `oc_p2p_${user}`, chat_type: 'p2p' },
              body: { type: 'text', text },
            },
            { at: clock.now().getTime() },
          ),
        ),
      cards: (user) =>
        state.sent
          .filter((m) => m.userOpenId === user && m.msgType === 'interactive')
          .map((m) => {
            const card = state.currentCard(m.messageId);
            return {
              text: JSON.stringify(card),
              values: callbackValues(card),
              press: (from, value) =>
                push(
                  harness.cardUrl,
                  cardActionEvent(
                    APP,
                    { operator: { open_id: from }, messageId: m.messageId, chatId: m.chatId, value },
                    { at: clock.now().getTime() },
                  ),
                ),
            };
          }),
      settle: () => harness.settle(),
      stop: () => harness.stop(),
    };
  },
  async dingtalk(provider, clock) {
    const harness = await startDingtalkHarness({
      provider,
      mode: 'stream',
      clock,
      env: { DINGTALK_CARD_TEMPLATE_ID: 'tpl.schema' },
    });
    await harness.emulator.stream.connected();
    const push = async (topic: string, data: object) => {
      const answer = await harness.emulator.stream.push(topic, data);
      if (answer?.code !== 200) throw new Error(`dingtalk push refused: ${JSON.stringify(answer)}`);
    };
    return {
      platform: 'DINGTALK',
      service: harness.service,
      userId: (key) => `staff_${key}`,
      meet: () => undefined,
      say: (user, text) =>
        push(TOPIC_ROBOT, textMessage(DING_APP, { from: user, createAt: clock.now().getTime() }, text)),
      cards: (user) =>
        [...harness.emulator.state.cards.values()]
          .filter((card) => card.openSpaceId.endsWith(`IM_ROBOT.${user}`))
          .map((card) => ({
            text: JSON.stringify(card.params),
            values: (JSON.parse(card.params.buttons ?? '[]') as { params: Record<string, unknown> }[]).map(
              (button) => button.params,
            ),
            press: (from, value) =>
              push(TOPIC_CARD, {
                outTrackId: card.outTrackId,
                userId: from,
                corpId: DING_APP.corpId,
                spaceType: 'IM_ROBOT',
                content: JSON.stringify({ cardPrivateData: { actionIds: ['b1'], params: value } }),
              }),
          })),
      settle: () => harness.settle(),
      stop: () => harness.stop(),
    };
  },
};

const cases = testProviders().flatMap((provider) =>
  (['feishu', 'dingtalk'] as const).map((platform) => ({ provider, platform })),
);

/**
 * Issue 18 item 2, from outside: two physicians checking in at once at one clinic give its head one
 * card listing both (never two, even on PostgreSQL), updated in place; each is confirmed on its own.
 */
describe.each(cases)('gathered confirmation cards on $platform ($provider)', ({ provider, platform }) => {
  let chat: CardDriver;
  const clock = new ManualClock(NOW);
  let zhaoId = 0;
  let wangDay = 0;

  beforeAll(async () => {
    chat = await DRIVERS[platform](provider, clock);
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
    chat.meet(chat.userId('head'));
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
