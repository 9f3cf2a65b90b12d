import type { RoleName } from '../../src/core/context.js';
import { ensureProgramParticipant } from '../../src/db/queries/programs.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { cardActionEvent, messageReceiveEvent, type EventPusher } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { callbackValues } from '../support/card-callbacks.js';
import {
  addFeishuPerson,
  clockedPusher,
  seedProgramWorld,
  startServiceHarness,
  type ServiceHarness,
} from '../support/service-harness.js';

/** The open_ids of the security world's people. */
export const WHO = {
  admin: 'ou_sec_admin',
  county: 'ou_sec_county',
  hospitalCoord: 'ou_sec_hc',
  physician: 'ou_sec_wang',
  head: 'ou_sec_head',
} as const;

/** Phones of the security world's people. */
export const PHONES = {
  admin: '13900001001',
  county: '13900001002',
  hospitalCoord: '13900001003',
  physician: '13900001004',
  head: '13900001005',
} as const;

/** A running service with an administrator, a county coordinator, a hospital coordinator, a physician and a clinic head. */
export interface SecurityWorld {
  harness: ServiceHarness;
  pusher: EventPusher;
  clock: ManualClock;
  ids: Record<keyof typeof WHO, number>;
  world: Awaited<ReturnType<typeof seedProgramWorld>>;
  /** Sends `text` from `from` in their private chat (with @-mentions appended), waits, and returns the reply texts. */
  say(from: string, text: string, mentions?: { open_id: string; name: string }[]): Promise<string>;
  /** Presses the first button with `action` on the latest card `to` received, as `as`; returns what the bot sent then. */
  press(to: string, action: string, as?: string, formValue?: Record<string, unknown>): Promise<string>;
  /** Waits for handlers and the ledger, moving the clock on past rate limits; on a timeout, says what is stuck. */
  settle(): Promise<void>;
  /** Every message text the bot sent to a user's private chat, joined. */
  sentTo(openId: string): string;
}

/** Boots the service on a fresh `provider` database at 10:00 on a Tuesday and seeds the security world. */
export async function startSecurityWorld(provider: DbProvider): Promise<SecurityWorld> {
  const clock = new ManualClock(zonedInstant('2026-03-10', '10:00', 'Asia/Shanghai'));
  const harness = await startServiceHarness({ provider, clock });
  const pusher = clockedPusher(harness, clock);
  const world = await seedProgramWorld(harness);
  const { fixture } = world;
  const person = (key: keyof typeof WHO, name: string, role: RoleName, institutionId?: number) =>
    addFeishuPerson(harness, {
      name,
      openId: WHO[key],
      phone: PHONES[key],
      role,
      institutionId,
      homeInstitutionId: fixture.hospital.id,
      at: clock.now(),
    });
  const ids = {
    admin: await person('admin', '程立新', 'ADMIN'),
    county: await person('county', '林卫健', 'PHYSICIAN'),
    hospitalCoord: await person('hospitalCoord', '陈科长', 'HOSPITAL_COORDINATOR', fixture.hospital.id),
    physician: await person('physician', '王医生', 'PHYSICIAN'),
    head: await person('head', '李院长', 'CLINIC_HEAD', fixture.clinic.id),
  };
  await grantRole(world.db, {
    personId: ids.county,
    role: 'REGION_COORDINATOR',
    regionId: fixture.county.id,
    grantedById: null,
    at: clock.now(),
  });
  await ensureProgramParticipant(world.db, {
    programId: world.program.id,
    institutionId: fixture.hospital.id,
    side: 'SUPPORTING',
  });
  await ensureProgramParticipant(world.db, {
    programId: world.program.id,
    institutionId: fixture.clinic.id,
    side: 'RECIPIENT',
  });
  // Rate limits (the service's and the emulator's) wait on the service clock: move it on while waiting.
  const settle = async () => {
    for (let round = 0; round < 20; round++) {
      try {
        return await harness.settle(500);
      } catch {
        clock.advance(1000);
      }
    }
    const stuck = await harness.service.database.db.outboundMessage.findMany({ where: { status: { not: 'SENT' } } });
    throw new Error(`the ledger did not drain: ${JSON.stringify(stuck)}`);
  };
  /** The user's p2p chat with the bot: the one the emulator knows, or `oc_p2p_<open_id>` when new. */
  const chatOf = (openId: string) => harness.emulator.state.p2pChat(APP.appId, openId, `oc_p2p_${openId}`).chat_id;
  const sentTo = (openId: string) =>
    harness.emulator.state.sent
      .filter((m) => m.chatId === chatOf(openId) || m.userOpenId === openId)
      .map((m) => m.rawContent)
      .join('\n');
  return {
    harness,
    pusher,
    clock,
    ids,
    world,
    sentTo,
    settle,
    async say(from, text, mentions = []) {
      // The rate limiter's windows move with the service clock: each message a few seconds after the last.
      clock.advance(3000);
      const envelope = messageReceiveEvent(
        APP,
        {
          sender: { open_id: from },
          chat: { chat_id: chatOf(from), chat_type: 'p2p' },
          body: { type: 'text', text, mentionUsers: mentions },
        },
        { at: clock.now().getTime() },
      );
      await pusher.push(harness.eventUrl, envelope);
      await settle();
      return harness.repliesTo(envelope.event.message.message_id).join('\n');
    },
    async press(to, action, as = to, formValue) {
      const cards = harness.emulator.state.sent.filter((m) => m.userOpenId === to && m.msgType === 'interactive');
      const card = cards.at(-1);
      const value = callbackValues(card?.content).find((v) => v.action === action);
      if (!card || !value) throw new Error(`no ${action} button on the latest card to ${to}`);
      clock.advance(3000);
      const before = harness.emulator.state.sent.length;
      // A press by someone else is a forged callback from their own chat.
      const forgedChat = as === to ? card.chatId : chatOf(as);
      const event = cardActionEvent(
        APP,
        {
          operator: { open_id: as },
          messageId: card.messageId,
          chatId: forgedChat,
          value,
          ...(formValue ? { formValue } : {}),
        },
        { at: clock.now().getTime() },
      );
      await pusher.push(harness.cardUrl, event);
      await settle();
      return harness.emulator.state.sent
        .slice(before)
        .map((m) => m.rawContent)
        .join('\n');
    },
  };
}
