import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import { testProviders } from '../support/db.js';
import { buildBasicFixture, type BasicFixture } from '../support/fixtures.js';

/** Registration end to end through the core and the sandbox: first contact, binding, granting, /我是谁. */
describe.each(testProviders())('identity flow on %s', (provider) => {
  let bot: BotHarness;
  let f: BasicFixture;
  const GROUP = 'oc_zhangping';

  beforeAll(async () => {
    bot = await createBotHarness({ provider, config: { adminUserIds: ['ou_boss'] } });
    f = await buildBasicFixture(bot.db);
    await bot.person({
      name: '吴国华',
      openId: 'ou_hc',
      homeInstitutionId: f.hospital.id,
      roles: [{ role: 'HOSPITAL_COORDINATOR', institutionId: f.hospital.id }],
    });
    await upsertPersonByPhone(bot.db, { name: '王建国', phone: '13812345678', homeInstitutionId: f.hospital.id });
  });
  afterAll(async () => {
    await bot.close();
  });

  const say = async (as: string, text: string) => {
    await bot.send({ as, text });
    await bot.settle();
    return bot.lastMessage(bot.p2p(as))?.text ?? '';
  };
  const sayInGroup = async (as: string, text: string, mentions: { userId: string; name: string }[]) => {
    await bot.send({ as, chat: GROUP, text, mentionBot: true, mentions });
    await bot.settle();
    return bot.lastMessage(GROUP)?.text ?? '';
  };

  it('tells an unknown user how to get registered', async () => {
    const reply = await say('ou_wang', '/绑定 @谁 13800000000');
    expect(reply).toContain('您的账号还没有在巡诊助手登记');
    expect(reply).toContain('/绑定 @您 手机号');
    expect(await say('ou_wang', '/我是谁')).toContain('您的账号 ID：ou_wang');
  });

  it('answers bad arguments with what was wrong and the usage', async () => {
    const reply = await sayInGroup('ou_hc', '/绑定 @王建国 12345', [{ userId: 'ou_wang', name: '王建国' }]);
    expect(reply).toContain('“12345”不是有效的手机号');
    expect(reply).toContain('/绑定 @某人 手机号');
  });

  it("binds a colleague on the coordinator's word and greets them", async () => {
    const reply = await sayInGroup('ou_hc', '/绑定 @王建国 138-1234-5678', [{ userId: 'ou_wang', name: '王建国' }]);
    expect(reply).toContain('已将 @王建国 绑定为 王建国（漳平市医院）');
    expect(bot.lastMessage(bot.p2p('ou_wang'))?.text).toContain('您的账号已在巡诊助手登记');
    const whoami = await say('ou_wang', '/whoami');
    expect(whoami).toContain('王建国\n单位：漳平市医院');
    expect(whoami).toContain('手机：138****5678');
    expect(whoami).toContain('角色：暂无');
  });

  it('lets a configured administrator grant a role that takes effect at once', async () => {
    const forbidden = await sayInGroup('ou_wang', '/授权 @王建国 医务科联络员 漳平市医院', [
      { userId: 'ou_wang', name: '王建国' },
    ]);
    expect(forbidden).toContain('只有');

    const granted = await sayInGroup('ou_boss', '/授权 @王建国 医务科联络员 漳平市医院', [
      { userId: 'ou_wang', name: '王建国' },
    ]);
    expect(granted).toBe('已授予 王建国“医务科联络员”角色（漳平市医院）。');
    expect(await say('ou_wang', '/我是谁')).toContain('· 医务科联络员（漳平市医院）');

    const revoked = await sayInGroup('ou_boss', '/revoke @王建国 医务科', [{ userId: 'ou_wang', name: '王建国' }]);
    expect(revoked).toBe('已撤销 王建国 的“医务科联络员”角色（漳平市医院）。');
    expect(await say('ou_wang', '/我是谁')).toContain('角色：暂无');
  });

  it('lists the identity commands in /帮助 for those who may use them', async () => {
    const help = await say('ou_boss', '/帮助');
    for (const name of ['/我是谁', '/绑定', '/授权', '/撤销']) expect(help).toContain(name);
    expect(await say('ou_wang', '/帮助')).not.toContain('/授权');
  });
});
