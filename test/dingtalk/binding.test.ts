import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushCallback, textMessage } from '../emulator/dingtalk/index.js';
import { testProviders } from '../support/db.js';
import { NOW, seedRotationWorld } from '../service/chat-drivers.js';
import { DING_APP, startDingtalkHarness, type DingtalkHarness } from './harness.js';

describe.each(testProviders())('a coordinator binds a colleague on DingTalk (%s)', (provider) => {
  let harness: DingtalkHarness;
  beforeAll(async () => {
    harness = await startDingtalkHarness({ provider, mode: 'http' });
    await seedRotationWorld(harness.service, 'DINGTALK', { physician: 'staff_wang', coordinator: 'staff_coord' }, NOW);
  }, 120_000);
  afterAll(() => harness.stop());

  /** Registers a colleague of the coordinator's hospital; the coordinator binds them in a group. */
  async function bindInGroup(staffId: string, name: string, phone: string): Promise<void> {
    const db = harness.service.database.db;
    const coordinator = await db.person.findFirstOrThrow({ where: { name: '刘科长' } });
    await db.person.create({ data: { name, phone, homeInstitutionId: coordinator.homeInstitutionId } });
    const message = textMessage(
      DING_APP,
      { from: 'staff_coord', group: 'cid_rotation', at: [staffId] },
      `/绑定 @${name} ${phone}`,
    );
    expect((await pushCallback(harness.robotUrl, DING_APP, message)).status).toBe(200);
    await harness.settle();
  }

  const identityOf = (staffId: string) =>
    harness.service.database.db.chatIdentity.findUnique({
      where: { platform_platformUserId: { platform: 'DINGTALK', platformUserId: staffId } },
    });

  it('stores the unionId at binding time, looked up through the DingTalk API', async () => {
    // The app may not read the mobile here: the coordinator's word binds, the unionId is still readable.
    harness.emulator.state.users.set('staff_zhou', { userId: 'staff_zhou', unionId: 'union_zhou', name: '周医生' });
    await bindInGroup('staff_zhou', '周医生', '13800138031');
    expect(await identityOf('staff_zhou')).toMatchObject({ boundBy: 'COORDINATOR', unionId: 'union_zhou' });
  });

  it('falls back to the person’s next message when DingTalk cannot tell at binding time', async () => {
    await bindInGroup('staff_zheng', '郑医生', '13800138032');
    expect(await identityOf('staff_zheng')).toMatchObject({ boundBy: 'COORDINATOR', unionId: null });
    harness.emulator.state.users.set('staff_zheng', { userId: 'staff_zheng', unionId: 'union_zheng', name: '郑医生' });
    await pushCallback(harness.robotUrl, DING_APP, textMessage(DING_APP, { from: 'staff_zheng' }, '/我是谁'));
    await harness.settle();
    expect((await identityOf('staff_zheng'))?.unionId).toBe('union_zheng');
  });
});
