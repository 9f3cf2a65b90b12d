import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../src/core/context.js';
import { commandList } from '../../src/commands/index.js';
import { cancelAssignment, createAssignment, type AssignmentDetail } from '../../src/db/queries/assignments.js';
import { notifyAssignmentCancelled, notifyAssignmentCreated } from '../../src/physician/assignment-notices.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import { testProviders } from '../support/db.js';
import { buildBasicFixture, type BasicFixture } from '../support/fixtures.js';
import { harnessNotifier } from './oversight-support.js';

const WANG = 'ou_wang';
const HEAD = 'ou_head';
const ADMIN = 'ou_admin';

/** Stands in for the coordinator's /指派 (another issue): notifies from inside a handled event. */
const noticeCommand: CommandDefinition = {
  name: '测试指派通知',
  aliases: [],
  summaryKey: 'core.help.summary',
  usageKey: 'core.help.usage',
  audience: ['ADMIN'],
  run: (ctx, args) => notifyAssignmentCreated(ctx, Number(args.tokens[0])),
};

describe.each(testProviders())('assignment notices (%s)', (provider) => {
  let bot: BotHarness;
  let f: BasicFixture;
  let assignment: AssignmentDetail;
  beforeEach(async () => {
    bot = await createBotHarness({
      provider,
      registry: { commands: commandList([noticeCommand]) },
      config: { adminUserIds: [ADMIN] },
    });
    f = await buildBasicFixture(bot.db);
    await bot.db.institution.update({ where: { id: f.clinic.id }, data: { address: '漳平市石门镇石门街 18 号' } });
    const physicianId = await bot.person({
      name: '王医生',
      openId: WANG,
      homeInstitutionId: f.hospital.id,
      roles: ['PHYSICIAN'],
    });
    await bot.db.person.update({ where: { id: physicianId }, data: { title: 'CHIEF', specialty: '儿科' } });
    await bot.person({ name: '李院长', openId: HEAD, roles: [{ role: 'CLINIC_HEAD', institutionId: f.clinic.id }] });
    assignment = await createAssignment(bot.db, {
      programId: f.program.id,
      physicianId,
      institutionId: f.clinic.id,
      startDate: '2023-03-01',
      endDate: '2023-03-31',
      plannedDates: ['2023-03-07', '2023-03-21'],
      createdById: null,
      at: bot.clock.now(),
    });
  });
  afterEach(() => bot.close());

  const texts = (openId: string) => bot.outbox(bot.p2p(openId)).map((m) => m.text);

  it('tells the physician where and when, and the clinic head who is coming, once', async () => {
    const notifier = harnessNotifier(bot);
    await notifyAssignmentCreated(notifier, assignment.id);
    await notifyAssignmentCreated(notifier, assignment.id);
    await bot.settle();
    const [physicianCard, ...restP] = texts(WANG);
    const [headCard, ...restH] = texts(HEAD);
    expect(restP).toEqual([]);
    expect(restH).toEqual([]);
    for (const part of [
      '新的指派',
      '石门镇卫生院',
      '漳平市石门镇石门街 18 号',
      '2023-03-01 至 2023-03-31',
      '2023-03-07、2023-03-21',
    ]) {
      expect(physicianCard).toContain(part);
    }
    for (const part of ['王医生将到贵单位支援', '主任医师', '儿科', '漳平市医院', '2023-03-07、2023-03-21']) {
      expect(headCard).toContain(part);
    }
  });

  it('works from inside a handled event with its Context, still once per assignment', async () => {
    await notifyAssignmentCreated(harnessNotifier(bot), assignment.id);
    await bot.send({ as: ADMIN, text: `/测试指派通知 ${assignment.id}` });
    await bot.settle();
    expect(texts(WANG)).toHaveLength(1);
    expect(texts(HEAD)).toHaveLength(1);
  });

  it('announces a cancellation once, and never for an assignment still active', async () => {
    const notifier = harnessNotifier(bot);
    await notifyAssignmentCancelled(notifier, assignment.id);
    await bot.settle();
    expect(texts(WANG)).toHaveLength(0);
    await cancelAssignment(bot.db, assignment.id, { actorId: null, at: bot.clock.now(), reason: '' });
    await notifyAssignmentCancelled(notifier, assignment.id);
    await notifyAssignmentCancelled(notifier, assignment.id);
    await notifyAssignmentCreated(notifier, assignment.id);
    await bot.settle();
    expect(texts(WANG)).toHaveLength(1);
    expect(texts(WANG)[0]).toContain('指派已取消');
    expect(texts(HEAD)[0]).toContain('王医生到贵单位的支援指派已取消');
  });
});
