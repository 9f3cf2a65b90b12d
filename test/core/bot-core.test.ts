import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages/index.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import { testProviders } from '../support/db.js';
import { testRegistry, type Calls } from './fixtures/test-registry.js';

describe.each(testProviders())('bot core on %s', (provider) => {
  let bot: BotHarness;
  let calls: Calls;
  let serial = 0;
  /** A fresh unregistered user per test, so chats never mix. */
  let stranger: string;

  beforeAll(async () => {
    const test = testRegistry();
    calls = test.calls;
    bot = await createBotHarness({ provider, registry: test.registry, config: { adminUserIds: ['ou_boss'] } });
    await bot.person({ name: '王医生', openId: 'ou_wang', roles: ['PHYSICIAN'] });
  });
  afterAll(async () => {
    await bot.close();
  });
  beforeEach(() => {
    calls.ping.length = 0;
    calls.picked.length = 0;
    stranger = `ou_stranger_${++serial}`;
  });

  const texts = (chatId: string) => bot.outbox(chatId).map((message) => message.text);
  const say = async (as: string, text: string) => {
    await bot.send({ as, text });
    await bot.settle();
    return bot.lastMessage(bot.p2p(as))?.text ?? '';
  };

  it('answers a text command as a reply to the message', async () => {
    const sent = await bot.send({ as: stranger, text: '/ping a  b' });
    expect(sent.result).toBe('accepted');
    await bot.settle();
    const [reply] = bot.outbox(bot.p2p(stranger));
    expect(reply?.text).toBe('pong a b');
    expect(reply?.replyTo).toBe(sent.messageId);
    expect(calls.ping[0]).toEqual({ raw: 'a b', tokens: ['a', 'b'], mentions: [] });
  });

  it('accepts the command without a slash, with an alias in any case, and glued to its argument', async () => {
    expect(await say(stranger, 'ping x')).toBe('pong x');
    expect(await say(stranger, 'PoNg y')).toBe('pong y');
    expect(await say(stranger, '、ping z')).toBe('pong z');
    expect(await say(stranger, '/回声你好')).toBe('你好');
  });

  it('normalizes full-width characters and the ideographic space', async () => {
    expect(await say(stranger, '／ｐｉｎｇ\u3000ＡＢＣ　１２３')).toBe('pong ABC 123');
    const help = await say(stranger, '／ＨＥＬＰ');
    expect(help).toContain('/帮助');
  });

  it('answers an unknown command with the closest name and the /帮助 hint', async () => {
    const typo = await say(stranger, '/pign');
    expect(typo).toContain('/ping');
    expect(typo).toContain('/帮助');
    const unknown = await say(stranger, '/完全不存在');
    expect(unknown).toContain('完全不存在');
    expect(unknown).toContain('/帮助');
    // A stranger's plain text is usually a greeting: they are told how to be registered.
    expect(await say(stranger, '你好')).toContain('还没有在巡诊助手登记');
  });

  it('answers bad arguments with the command usage', async () => {
    const reply = await say(stranger, '/回声 一 二');
    expect(reply).toContain('命令的内容不太对');
    expect(reply).toContain('正确用法：test.回声.usage');
  });

  it('lists in /帮助 only the commands the speaker may use', async () => {
    const forStranger = await say(stranger, '/帮助');
    expect(forStranger).toContain('/ping');
    expect(forStranger).not.toContain('/医师专用');
    expect(forStranger).not.toContain('/管理');
    const forPhysician = await say('ou_wang', '/帮助');
    expect(forPhysician).toContain('/医师专用');
    expect(forPhysician).toContain('支援医师');
    expect(forPhysician).not.toContain('/管理');
    const forAdmin = await say('ou_boss', 'help');
    expect(forAdmin).toContain('/管理');
    // An administrator passes every audience check, but help lists only what is meant for their roles.
    expect(forAdmin).not.toContain('/医师专用');
  });

  it('shows one command with /帮助 <command>', async () => {
    const one = await say(stranger, '/帮助 echo');
    expect(one).toContain('/回声');
    expect(one).toContain('test.回声.usage');
    expect(await say(stranger, '/? /ping')).toContain('/ping');
  });

  it('refuses commands by audience: unregistered users and other roles', async () => {
    expect(await say(stranger, '/医师专用')).toBe(t('zh-CN', 'identity.unregistered'));
    const forbidden = await say('ou_wang', '/管理');
    expect(forbidden).toContain('管理员');
    expect(forbidden).toContain('/管理');
    expect(await say('ou_wang', '/医师专用')).toBe('physician ok');
  });

  it('in a group, answers only when @-mentioned, and strips the mention', async () => {
    const group = `oc_group_${serial}`;
    await bot.send({ as: stranger, chat: group, text: '/ping ignored' });
    await bot.settle();
    expect(bot.outbox(group)).toEqual([]);
    expect(calls.ping).toEqual([]);
    await bot.send({
      as: stranger,
      chat: group,
      text: '/ping @张三 x',
      mentionBot: true,
      mentions: [{ userId: 'ou_zhang', name: '张三' }],
    });
    await bot.settle();
    expect(texts(group)).toEqual(['pong @张三 x']);
    expect(calls.ping[0]?.mentions).toEqual([{ userId: 'ou_zhang', name: '张三' }]);
  });

  it('acts once on an event delivered three times', async () => {
    const eventId = `evt-repeat-${serial}`;
    const results = [];
    for (let i = 0; i < 3; i++) results.push((await bot.send({ as: stranger, text: '/ping once', eventId })).result);
    await bot.settle();
    expect(results).toEqual(['accepted', 'duplicate', 'duplicate']);
    const duplicates = await bot.metrics.eventsDuplicated.get();
    expect(duplicates.values.find((v) => v.labels.platform === 'SANDBOX')?.value).toBeGreaterThanOrEqual(2);
    expect(calls.ping).toHaveLength(1);
    expect(texts(bot.p2p(stranger))).toEqual(['pong once']);
  });

  it('acts once on two events carrying the same message id', async () => {
    const messageId = `om-same-${serial}`;
    const first = await bot.send({ as: stranger, text: '/ping twice', messageId });
    const second = await bot.send({ as: stranger, text: '/ping twice', messageId });
    await bot.settle();
    expect([first.result, second.result]).toEqual(['accepted', 'duplicate']);
    expect(calls.ping).toHaveLength(1);
  });

  it('acts once when concurrent redeliveries race', async () => {
    const eventId = `evt-race-${serial}`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => bot.send({ as: stranger, text: '/ping race', eventId })),
    );
    await bot.settle();
    expect(results.filter((r) => r.result === 'accepted')).toHaveLength(1);
    expect(calls.ping).toHaveLength(1);
  });

  it('turns a BotError into its polite text and a warning', async () => {
    const sent = await bot.send({ as: stranger, text: '/拒绝' });
    await bot.settle();
    expect(bot.lastMessage(bot.p2p(stranger))?.text).toContain('按钮已经失效');
    expect(bot.logsAt('warn').some((r) => r.eventId === sent.eventId && r.code === 'CONFLICT')).toBe(true);
  });

  it('turns any other error into an apology with a reference, logged with the event id', async () => {
    const sent = await bot.send({ as: stranger, text: '/crash' });
    await bot.settle();
    const reply = bot.lastMessage(bot.p2p(stranger))?.text ?? '';
    expect(reply).toContain('抱歉');
    expect(reply).toContain(sent.eventId.slice(0, 8));
    expect(reply).not.toContain('secret internal detail');
    const error = bot.logsAt('error').find((r) => r.eventId === sent.eventId);
    expect(JSON.stringify(error)).toContain('secret internal detail');
  });

  it('routes a card button to its action with the value, and updates the clicked card', async () => {
    await say(stranger, '/卡片');
    const card = bot.lastMessage(bot.p2p(stranger));
    expect(card?.kind).toBe('card');
    expect(card?.text).toContain('[1] 七号');
    const button = card?.buttons[0];
    if (!button) throw new Error('no button');
    await bot.press(button);
    await bot.settle();
    expect(calls.picked).toEqual([{ value: { id: 7 }, form: undefined }]);
    const messages = bot.outbox(bot.p2p(stranger));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ id: card.id, revision: 1 });
    expect(messages[0]?.text).toContain('选了 7');
  });

  it('answers a button without an action as stale', async () => {
    await say(stranger, '/card');
    const gone = bot.lastMessage(bot.p2p(stranger))?.buttons[1];
    if (!gone) throw new Error('no button');
    await bot.press(gone);
    await bot.settle();
    expect(bot.lastMessage(bot.p2p(stranger))?.text).toContain('按钮已经失效');
  });

  it('sends a location to the first handler that takes it, after its audience check', async () => {
    await bot.location({ as: 'ou_wang', latitude: 25.29, longitude: 117.42 });
    await bot.location({ as: stranger, latitude: 1, longitude: 2 });
    await bot.settle();
    expect(bot.lastMessage(bot.p2p('ou_wang'))?.text).toBe('at 25.29,117.42');
    expect(bot.lastMessage(bot.p2p(stranger))?.text).toBe(t('zh-CN', 'identity.unregistered'));
  });

  it('says a kind of message is not supported yet while no handler takes it', async () => {
    await bot.menu({ as: stranger, key: 'checkin' });
    await bot.settle();
    expect(texts(bot.p2p(stranger))).toEqual([t('zh-CN', 'core.notSupported')]);
  });

  it('tells an unregistered sender of a file how to get registered', async () => {
    const sender = `ou_file_${serial}`;
    await bot.file({ as: sender, fileName: 'a.xlsx', content: Buffer.from('x') });
    await bot.settle();
    expect(texts(bot.p2p(sender))).toEqual([t('zh-CN', 'identity.unregistered')]);
  });

  it('notifies a person in their own chat and a group, once per purpose and key', async () => {
    const headId = await bot.person({ name: '李院长', openId: `ou_head_${serial}` });
    const group = `oc_notice_${serial}`;
    await say(stranger, `/通知 ${headId} a`);
    await say(stranger, `/通知 ${headId} a`);
    await say(stranger, `/通知 ${group} a`);
    await say(stranger, '/通知 999999 a');
    expect(texts(bot.p2p(`ou_head_${serial}`))).toEqual(['notice a']);
    expect(texts(group)).toEqual(['notice a']);
    expect(bot.logsAt('warn').some((r) => r.msg.includes('no chat account'))).toBe(true);
  });

  it('welcomes the group it is added to', async () => {
    const group = `oc_new_${serial}`;
    await bot.botAdded({ as: stranger, chat: group });
    await bot.settle();
    expect(texts(group)).toHaveLength(1);
    expect(texts(group)[0]).toContain('@巡诊助手 /帮助');
  });
});
