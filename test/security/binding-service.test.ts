import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testProviders } from '../support/db.js';
import { PHONES, WHO, startSecurityWorld, type SecurityWorld } from './support.js';

/**
 * Issue 12 §1 from outside: the account takeovers through /绑定 that once worked, now refused; what a
 * coordinator may still bind; /解绑; and audit entries naming the account that typed the command.
 */
describe.each(testProviders())('binding rules through the Feishu service (%s)', (provider) => {
  let w: SecurityWorld;
  beforeAll(async () => {
    w = await startSecurityWorld(provider);
  }, 60_000);
  afterAll(() => w.harness.stop());

  const burner = { open_id: 'ou_sec_burner', name: '小号' };
  const entries = (action: string) => w.world.db.auditLog.findMany({ where: { action }, orderBy: { id: 'asc' } });

  it("refuses a coordinator binding a fresh account to the administrator's phone; the account stays nobody", async () => {
    const reply = await w.say(WHO.county, `/绑定 ${PHONES.admin}`, [burner]);
    expect(reply).toContain('只能由管理员');
    expect(reply).not.toContain('已将');
    expect(await w.say(burner.open_id, '/我是谁')).not.toContain('管理员');
    expect(await w.say(burner.open_id, '/授权 @苏建明 管理员', [{ open_id: WHO.physician, name: '王医生' }])).toContain(
      '还没有在巡诊助手登记',
    );
    expect(await w.world.db.roleGrant.count({ where: { personId: w.ids.physician, role: 'ADMIN' } })).toBe(0);
  });

  it('refuses a hospital coordinator binding a second account to a physician who has one, or to a coordinator', async () => {
    expect(await w.say(WHO.hospitalCoord, `/绑定 ${PHONES.physician}`, [burner])).toContain('只能由管理员');
    expect(await w.say(WHO.hospitalCoord, `/绑定 ${PHONES.county}`, [burner])).toContain('只能由管理员');
    expect(await w.world.db.chatIdentity.count({ where: { platformUserId: burner.open_id } })).toBe(0);
  });

  it('lets a coordinator bind a physician without an account, audited with the account that typed it', async () => {
    await w.world.db.person.create({
      data: {
        name: '赵医生',
        phone: '13900001099',
        homeInstitutionId: w.world.fixture.hospital.id,
        title: 'ATTENDING',
      },
    });
    const reply = await w.say(WHO.hospitalCoord, '/绑定 13900001099', [{ open_id: 'ou_sec_zhao', name: '赵医生' }]);
    expect(reply).toContain('已将 @赵医生 绑定为 赵医生');
    const [entry] = await entries('identity.bind');
    expect(entry).toMatchObject({ actorId: w.ids.hospitalCoord, actorAccount: `FEISHU:${WHO.hospitalCoord}` });
  });

  it('lets an administrator bind a second account, and tells the person on the account they had', async () => {
    const reply = await w.say(WHO.admin, `/绑定 ${PHONES.physician}`, [{ open_id: 'ou_sec_wang2', name: '王医生2' }]);
    expect(reply).toContain('已将 @王医生2 绑定为 王医生');
    expect(w.sentTo(WHO.physician)).toContain('另一个账号 @王医生2');
    const last = (await entries('identity.bind')).at(-1);
    expect(last).toMatchObject({ actorId: w.ids.admin, actorAccount: `FEISHU:${WHO.admin}` });
  });

  it('refuses a binding the platform-verified mobile contradicts', async () => {
    w.harness.emulator.state.addUser({ open_id: 'ou_sec_liar', name: '假号', mobile: '+8613700000000' });
    await w.world.db.person.create({
      data: {
        name: '钱医生',
        phone: '13900001098',
        homeInstitutionId: w.world.fixture.hospital.id,
        title: 'ATTENDING',
      },
    });
    const reply = await w.say(WHO.admin, '/绑定 13900001098', [{ open_id: 'ou_sec_liar', name: '假号' }]);
    expect(reply).toContain('不一致，不能绑定');
    expect(await w.world.db.chatIdentity.count({ where: { platformUserId: 'ou_sec_liar' } })).toBe(0);
  });

  it('/解绑: only administrators unbind others; anyone unbinds themself; both audited with the actual account', async () => {
    const mention = [{ open_id: 'ou_sec_wang2', name: '王医生2' }];
    expect(await w.say(WHO.county, '/解绑', mention)).toContain('只有管理员');
    expect(await w.say(WHO.admin, '/解绑', mention)).toContain('已解除 王医生2 与 王医生 的绑定');
    expect(w.sentTo(WHO.physician)).toContain('解除了您的一个账号的绑定');
    expect(await w.say('ou_sec_zhao', '/解绑')).toContain('已解除 您的账号 与 赵医生 的绑定');
    expect(
      await w.world.db.chatIdentity.count({ where: { platformUserId: { in: ['ou_sec_wang2', 'ou_sec_zhao'] } } }),
    ).toBe(0);
    expect((await entries('identity.unbind')).map((e) => e.actorAccount)).toEqual([
      `FEISHU:${WHO.admin}`,
      'FEISHU:ou_sec_zhao',
    ]);
  });
});
