import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/queries/audit-log.js';
import { isPendingDay, owesWorkLogDay } from '../../src/coordinator/workload-figures.js';
import { chatIdentitiesOf, unbindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { institutionRoleHolders } from '../../src/db/queries/role-grants.js';
import { findRegionByCode } from '../../src/db/queries/regions.js';
import { saveWorkLog } from '../../src/db/queries/work-logs.js';
import { listServiceDayFacts, type ServiceDayFact } from '../../src/db/queries/workload-facts.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { ZHANGPING } from '../../src/demo/regions.js';
import type { ViewScope } from '../../src/permissions/view-scope.js';
import type { HarnessMessage } from '../support/bot-harness.js';
import {
  createCoordinatorWorld,
  DEMO_COORDINATORS,
  WORLD_TODAY,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';

const county = DEMO_COORDINATORS.county;
const tcm = DEMO_COORDINATORS.hospital('zhangping_tcm');
const DAY_MS = 24 * 60 * 60 * 1000;

const isReminder = (message: HarnessMessage) => message.text.startsWith('【催办】');

describe.each(testProviders())('/逾期 and 催办 (%s)', (provider) => {
  let world: CoordinatorWorld;
  let tcmId: number;
  let countyPath: string;

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    tcmId = (await findInstitutionByCode(world.bot.db, demoInstitutionCode('zhangping_tcm')))!.id;
    countyPath = (await findRegionByCode(world.bot.db, ZHANGPING))!.path;
  }, 120_000);
  afterAll(() => world.bot.close());

  const ask = async (as: string, text: string): Promise<HarnessMessage> => {
    await world.bot.send({ as, text });
    await world.bot.settle();
    return world.bot.lastMessage(world.bot.p2p(as))!;
  };
  const press = async (card: HarnessMessage, reason: string, as: string): Promise<string> => {
    const button = card.buttons.find((b) => b.value.reason === reason);
    expect(button, `a 催办 button for ${reason}`).toBeDefined();
    await world.bot.press(button!, { as });
    await world.bot.settle();
    return world.bot.lastMessage(world.bot.p2p(as))!.text;
  };
  const reminders = (openId: string) => world.bot.outbox(world.bot.p2p(openId)).filter(isReminder);
  const openIdOf = async (personId: number) => (await chatIdentitiesOf(world.bot.db, personId))[0]!.platformUserId;
  const hospitalScope = (): ViewScope => ({
    all: false,
    regionPaths: [],
    supportingInstitutionIds: [tcmId],
    within: {},
  });
  const unlogged = async (scope: ViewScope): Promise<ServiceDayFact[]> => {
    const facts = await listServiceDayFacts(world.bot.db, { scope, from: '2026-11-01', to: '2026-11-30' });
    return facts.filter((f) => f.serviceDate < world.bot.clock.now().toISOString().slice(0, 10) && !f.hasLog);
  };

  it('shows a county coordinator the four lists of the county with numerator/denominator', async () => {
    const card = await ask(county, '/逾期');
    expect(card.text).toContain(`【逾期事项】 漳平市 · 2026-11 · 截至 ${WORLD_TODAY}`);
    // Six supporting hospitals owe the reports of 08, 09 and 10; 漳平市中医院 left October's unfiled.
    expect(card.text).toContain('逾期未报的工作量月报 1/18');
    expect(card.text).toMatch(/漳平市中医院\s+│ 2026-10\s+│ 2026-11-02\s+│\s+20/);
    const scope = { all: false, regionPaths: [countyPath], supportingInstitutionIds: [], within: {} };
    const facts = await listServiceDayFacts(world.bot.db, { scope, from: '2026-11-01', to: '2026-11-30' });
    const past = facts.filter((f) => f.serviceDate < WORLD_TODAY);
    const missing = past.filter((f) => owesWorkLogDay(f, WORLD_TODAY)).length;
    expect(missing).toBeGreaterThan(0);
    expect(card.text).toContain(`未填日志的服务日 ${missing}/${past.length}`);
    const old = facts.filter((f) => f.serviceDate <= '2026-11-19');
    expect(card.text).toContain(`超过 3 天待确认的到岗 ${old.filter(isPendingDay).length}/${old.length}`);
    expect(card.text).toMatch(/期限已过、到岗天数未达最低要求 \d+\/\d+/);
    expect(card.text).toMatch(/有风险：到岗天数可能达不到最低要求 \d+\/\d+/);
  });

  it('shows a hospital coordinator only their own hospital', async () => {
    const card = await ask(tcm, '/逾期');
    expect(card.text).toContain('【逾期事项】 漳平市中医院 · 2026-11');
    expect(card.text).toContain('逾期未报的工作量月报 1/3');
    expect(card.text).not.toContain('漳平市医院 ');
    const missing = await unlogged(hospitalScope());
    expect(card.text).toContain(`未填日志的服务日 ${missing.length}/`);
  });

  it('refuses a scope outside the coordinator’s own', async () => {
    expect((await ask(tcm, '/逾期 福州大学附属省立医院')).text).toContain('“福州大学附属省立医院”不在您的管辖范围内');
    expect((await ask(county, '/逾期 龙岩市')).text).toContain('“龙岩市”不在您的管辖范围内');
    expect((await ask(DEMO_COORDINATORS.clinicHead('guilin'), '/逾期')).buttons).toHaveLength(0);
  });

  it('reminds the late hospital’s coordinators once a day and audits each press', async () => {
    const card = await ask(county, '/逾期');
    expect(await press(card, 'reports', county)).toContain('已向 1 人发送催办；0 人今天已催办过');
    const [reminder] = reminders(tcm);
    expect(reminder?.text).toContain('漳平市中医院 2026-10（截止 2026-11-02，已逾期 20 天）');
    expect(reminder?.text).toContain('由 苏建明 发起');
    expect(reminders(DEMO_COORDINATORS.hospital('zhangping_hospital'))).toHaveLength(0);

    expect(await press(card, 'reports', county)).toContain('已向 0 人发送催办；1 人今天已催办过');
    expect(reminders(tcm)).toHaveLength(1);

    const entries = await listAuditEntries(world.bot.db, { regionPath: countyPath }, { limit: 10 });
    const sent = entries.filter((e) => e.action === 'reminder.sent');
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({
      entity: 'Reminder',
      regionPath: countyPath,
      details: { reason: 'reports', count: 1 },
    });
    expect(sent[0]).toMatchObject({ details: { count: 0, skipped: 1 } });
  });

  it('reminds exactly the physicians still missing logs, skips one who caught up, and again the next day', async () => {
    const card = await ask(tcm, '/逾期');
    const missing = await unlogged(hospitalScope());
    const caughtUp = missing[0]!;
    for (const day of missing.filter((d) => d.physicianId === caughtUp.physicianId)) {
      await saveWorkLog(world.bot.db, {
        serviceDayId: day.serviceDayId,
        values: { patients: 5 },
        authorId: day.physicianId,
        at: world.bot.clock.now(),
      });
    }
    const expected = [...new Set(missing.map((d) => d.physicianId))].filter((id) => id !== caughtUp.physicianId);
    expect(expected.length).toBeGreaterThan(0);
    const reply = await press(card, 'worklogs', tcm);
    expect(reply).toContain(`已向 ${expected.length} 人发送催办`);
    for (const id of expected) expect(reminders(await openIdOf(id))).toHaveLength(1);
    expect(reminders(await openIdOf(caughtUp.physicianId))).toHaveLength(0);
    const first = reminders(await openIdOf(expected[0]!))[0]!;
    const dates = missing.filter((d) => d.physicianId === expected[0]).map((d) => d.serviceDate.slice(5));
    for (const date of dates) expect(first.text).toContain(date);

    expect(await press(card, 'worklogs', tcm)).toContain(`已向 0 人发送催办；${expected.length} 人今天已催办过`);
    world.bot.clock.advance(DAY_MS);
    expect(await press(card, 'worklogs', tcm)).toContain(`已向 ${expected.length} 人发送催办`);
    for (const id of expected) expect(reminders(await openIdOf(id))).toHaveLength(2);
    world.bot.clock.advance(-DAY_MS);
  });

  it('reminds the clinic heads of old unconfirmed visits, and physicians below the minimum', async () => {
    const card = await ask(county, '/逾期');
    const scope = { all: false, regionPaths: [countyPath], supportingInstitutionIds: [], within: {} };
    const facts = await listServiceDayFacts(world.bot.db, { scope, from: '2026-11-01', to: '2026-11-19' });
    const clinics = new Set(facts.filter(isPendingDay).map((f) => f.institutionId));
    const heads = (
      await Promise.all([...clinics].map((id) => institutionRoleHolders(world.bot.db, 'CLINIC_HEAD', id)))
    ).flat();
    expect(heads.length).toBeGreaterThan(0);
    expect(await press(card, 'confirms', county)).toContain(`已向 ${heads.length} 人发送催办`);
    for (const head of heads) {
      const [reminder] = reminders(await openIdOf(head.id));
      expect(reminder?.text).toContain('仍待确认，请在到岗确认卡片上确认或提出异议');
    }
    // Each button names how many people it reaches, and reaches exactly them.
    for (const reason of ['minimum', 'atRisk']) {
      const button = card.buttons.find((b) => b.value.reason === reason);
      const count = /（(\d+) 人）/.exec(button?.text ?? '')?.[1];
      if (button) expect(await press(card, reason, county)).toContain(`已向 ${count} 人发送催办`);
    }
  });

  it('names the people it could not reach, and sends to the rest', async () => {
    world.bot.clock.advance(2 * DAY_MS);
    const card = await ask(tcm, '/逾期');
    const ids = [...new Set((await unlogged(hospitalScope())).map((d) => d.physicianId))];
    const [gone, ...rest] = ids;
    const goneDay = (await unlogged(hospitalScope())).find((d) => d.physicianId === gone)!;
    await unbindChatIdentity(world.bot.db, 'FEISHU', await openIdOf(gone!));
    const reply = await press(card, 'worklogs', tcm);
    expect(reply).toContain(`已向 ${rest.length} 人发送催办`);
    expect(reply).toContain(`另有 1 人未绑定账号，无法送达：${goneDay.physicianName}`);
    world.bot.clock.advance(-2 * DAY_MS);
  });

  it('refuses a tampered button value and reminds nobody', async () => {
    // Everyone was reminded today, so the lists show no button: tomorrow they do again.
    world.bot.clock.advance(DAY_MS);
    const card = await ask(tcm, '/逾期');
    const index = card.buttons.find((b) => b.value.reason === 'reports')!.index;
    const tamper = async (as: string, change: Record<string, string>) => {
      const event = world.bot.adapter.toEvent({ type: 'press', user: as, cardMessageId: card.id, button: index });
      if (event.body.kind === 'cardAction') event.body.value = { ...event.body.value, ...change };
      await world.bot.event(event);
      await world.bot.settle();
      return world.bot.lastMessage(world.bot.p2p(as))!.text;
    };
    const before = (await listAuditEntries(world.bot.db, { all: true }, { limit: 100 })).length;
    expect(await tamper(tcm, { scope: '福州大学附属省立医院' })).toContain('“福州大学附属省立医院”不在您的管辖范围内');
    expect(await tamper(tcm, { reason: 'everyone' })).toContain('这个催办按钮已失效');
    expect(await tamper(DEMO_COORDINATORS.clinicHead('guilin'), {})).not.toContain('已向');
    expect((await listAuditEntries(world.bot.db, { all: true }, { limit: 100 })).length).toBe(before);
    world.bot.clock.advance(-DAY_MS);
  });
});
