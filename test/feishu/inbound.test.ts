import { describe, expect, it } from 'vitest';
import {
  convertBotAdded,
  convertCardAction,
  convertMenu,
  convertMessage,
  feishuTime,
  type MessageReceiveData,
} from '../../src/platforms/feishu/inbound.js';

const BOT = 'ou_bot';
const now = new Date('2026-03-02T01:00:00Z');
const ctx = { botOpenId: BOT, now };

function message(
  type: string,
  content: object,
  extra: Partial<MessageReceiveData['message']> = {},
): MessageReceiveData {
  return {
    event_id: 'ev1',
    create_time: '1772413200000',
    sender: { sender_id: { open_id: 'ou_wang', union_id: 'on_wang' }, sender_type: 'user' },
    message: {
      message_id: 'om_1',
      create_time: '1772413200123',
      chat_id: 'oc_group',
      chat_type: 'group',
      message_type: type,
      content: JSON.stringify(content),
      ...extra,
    },
  };
}

const mention = (key: string, openId: string, name: string) => ({ key, id: { open_id: openId }, name });

describe('convertMessage', () => {
  it('strips the bot mention, names the others, and keeps ids and times', () => {
    const data = message(
      'text',
      { text: '@_user_1 /签到 @_user_2 and @_user_10' },
      {
        mentions: [
          mention('@_user_1', BOT, '巡诊助手'),
          mention('@_user_2', 'ou_li', '李医生'),
          mention('@_user_10', 'ou_zhao', '赵医生'),
        ],
      },
    );
    expect(convertMessage(data, ctx)).toEqual({
      kind: 'event',
      event: {
        platform: 'FEISHU',
        eventId: 'ev1',
        messageId: 'om_1',
        occurredAt: new Date(1772413200123),
        sender: { userId: 'ou_wang', unionId: 'on_wang' },
        chat: { id: 'oc_group', type: 'group' },
        mentionsBot: true,
        body: {
          kind: 'text',
          text: '/签到 @李医生 and @赵医生',
          mentions: [
            { userId: 'ou_li', name: '李医生' },
            { userId: 'ou_zhao', name: '赵医生' },
          ],
        },
      },
    });
  });

  it('reports no bot mention in a plain p2p message', () => {
    const converted = convertMessage(
      message('text', { text: '日志 20人' }, { chat_type: 'p2p', chat_id: 'oc_p2p' }),
      ctx,
    );
    expect(converted).toMatchObject({
      kind: 'event',
      event: { mentionsBot: false, chat: { type: 'p2p' }, body: { text: '日志 20人' } },
    });
  });

  it('falls back to the mention type when the bot id is unknown', () => {
    const data = message(
      'text',
      { text: '@_user_1 帮助' },
      {
        mentions: [{ ...mention('@_user_1', 'ou_x', '巡诊助手'), mentioned_type: 'bot' }],
      },
    );
    expect(convertMessage(data, { botOpenId: undefined, now })).toMatchObject({
      event: { mentionsBot: true, body: { text: '帮助', mentions: [] } },
    });
  });

  describe('with the bot’s open_id unknown', () => {
    const unknown = { botOpenId: undefined, now };
    const typed = (key: string, openId: string, name: string, type: string) => ({
      ...mention(key, openId, name),
      mentioned_type: type,
    });

    it.each([
      {
        case: 'the first mention of an untyped payload',
        text: '@_user_1 /绑定 @_user_2',
        mentions: [mention('@_user_1', 'ou_x', '巡诊助手'), mention('@_user_2', 'ou_li', '李医生')],
        expected: '/绑定 @李医生',
      },
      {
        case: 'the mention typed bot, wherever it stands',
        text: '@_user_1 看看 @_user_2',
        mentions: [typed('@_user_1', 'ou_li', '李医生', 'user'), typed('@_user_2', 'ou_x', '巡诊助手', 'bot')],
        expected: '@李医生 看看',
      },
    ])('takes $case for the bot’s and names the others', ({ text, mentions, expected }) => {
      expect(convertMessage(message('text', { text }, { mentions }), unknown)).toMatchObject({
        event: { mentionsBot: true, body: { text: expected, mentions: [{ userId: 'ou_li', name: '李医生' }] } },
      });
    });

    it('takes any mentioned group message as addressed to the bot, stripping no person', () => {
      const data = message(
        'text',
        { text: '@_user_1 你好' },
        { mentions: [typed('@_user_1', 'ou_li', '李医生', 'user')] },
      );
      expect(convertMessage(data, unknown)).toMatchObject({
        event: { mentionsBot: true, body: { text: '@李医生 你好', mentions: [{ userId: 'ou_li', name: '李医生' }] } },
      });
    });

    it('sees no mention of the bot in a message without mentions', () => {
      expect(convertMessage(message('text', { text: '大家好' }), unknown)).toMatchObject({
        event: { mentionsBot: false, body: { text: '大家好' } },
      });
    });
  });

  it('with the bot’s open_id known, a mention of someone else is not one of the bot', () => {
    const data = message('text', { text: '@_user_1 你好' }, { mentions: [mention('@_user_1', 'ou_li', '李医生')] });
    expect(convertMessage(data, ctx)).toMatchObject({ event: { mentionsBot: false, body: { text: '@李医生 你好' } } });
  });

  it('flattens rich text into text', () => {
    const post = {
      title: '',
      content: [
        [
          { tag: 'at', user_id: '@_user_1' },
          { tag: 'text', text: '日志' },
        ],
        [{ tag: 'text', text: '第二行' }],
      ],
    };
    const converted = convertMessage(message('post', post, { mentions: [mention('@_user_1', BOT, '巡诊助手')] }), ctx);
    expect(converted).toMatchObject({ event: { mentionsBot: true, body: { kind: 'text', text: '日志\n第二行' } } });
  });

  it.each([
    ['known', ctx],
    ['unknown', { botOpenId: undefined, now }],
  ])('never lists the bot itself among the mentions of rich text (bot id %s)', (_case, context) => {
    const post = {
      title: '',
      content: [
        [
          { tag: 'at', user_id: '@_user_1' },
          { tag: 'text', text: '/绑定 ' },
          { tag: 'at', user_id: '@_user_2' },
        ],
      ],
    };
    const mentions = [
      { ...mention('@_user_1', BOT, '巡诊助手'), mentioned_type: 'bot' },
      { ...mention('@_user_2', 'ou_li', '李医生'), mentioned_type: 'user' },
    ];
    expect(convertMessage(message('post', post, { mentions }), context)).toMatchObject({
      event: { mentionsBot: true, body: { text: '/绑定 @李医生', mentions: [{ userId: 'ou_li', name: '李医生' }] } },
    });
  });

  it('reads a location; missing coordinates stay undefined', () => {
    expect(
      convertMessage(message('location', { name: '城关卫生院', latitude: '26.08', longitude: '119.30' }), ctx),
    ).toMatchObject({
      event: { body: { kind: 'location', name: '城关卫生院', latitude: 26.08, longitude: 119.3 } },
    });
    const bare = convertMessage(message('location', { name: '某地' }), ctx);
    expect(bare).toMatchObject({ event: { body: { kind: 'location', name: '某地' } } });
    expect(bare.kind === 'event' && bare.event.body.kind === 'location' && bare.event.body.latitude).toBeUndefined();
  });

  it('reads a file', () => {
    expect(convertMessage(message('file', { file_key: 'file_v3_1', file_name: '月报.xlsx' }), ctx)).toMatchObject({
      event: { body: { kind: 'file', fileKey: 'file_v3_1', fileName: '月报.xlsx' } },
    });
  });

  it('ignores unsupported types and non-user senders; refuses broken content', () => {
    expect(convertMessage(message('image', { image_key: 'img_1' }), ctx)).toEqual({
      kind: 'ignored',
      reason: 'message_type_image',
    });
    const fromBot = {
      ...message('text', { text: 'hi' }),
      sender: { sender_id: { open_id: 'ou_b' }, sender_type: 'app' },
    };
    expect(convertMessage(fromBot, ctx).kind).toBe('ignored');
    expect(
      convertMessage({ ...message('text', {}), message: { ...message('text', {}).message, content: '{bad' } }, ctx),
    ).toEqual({
      kind: 'refused',
      reason: 'bad_content',
    });
    expect(convertMessage(message('file', { file_key: 'k' }), ctx).kind).toBe('refused');
  });
});

describe('convertCardAction', () => {
  const card = (action: unknown) => ({
    event_id: 'ev2',
    event_type: 'card.action.trigger',
    create_time: '1772413200000000',
    operator: { open_id: 'ou_wang', union_id: 'on_wang' },
    action,
    context: { open_message_id: 'om_card', open_chat_id: 'oc_chat' },
  });

  it('splits the action name from the rest of the value and keeps the form', () => {
    const converted = convertCardAction(
      card({ tag: 'button', value: { action: 'confirm_day', id: 7 }, form_value: { patients: '20' } }),
      ctx,
    );
    expect(converted).toEqual({
      kind: 'event',
      event: {
        platform: 'FEISHU',
        eventId: 'ev2',
        occurredAt: new Date(1772413200000),
        sender: { userId: 'ou_wang', unionId: 'on_wang' },
        chat: { id: 'oc_chat', type: 'group' },
        mentionsBot: true,
        body: {
          kind: 'cardAction',
          action: 'confirm_day',
          value: { id: 7 },
          formValue: { patients: '20' },
          cardMessageId: 'om_card',
        },
      },
    });
  });

  it('accepts a value sent as a JSON string', () => {
    expect(convertCardAction(card({ value: '{"action":"x","id":"1"}' }), ctx)).toMatchObject({
      event: { body: { action: 'x', value: { id: '1' } } },
    });
  });

  it('refuses tampered values: no action, a non-string action, a non-object value', () => {
    for (const value of [{ id: 7 }, { action: 7 }, { action: '' }, 'plain', ['action'], null]) {
      expect(convertCardAction(card({ value }), ctx)).toEqual({ kind: 'refused', reason: 'bad_card_action' });
    }
  });

  it('ignores other event types', () => {
    expect(convertCardAction({ ...card({}), event_type: 'im.message.receive_v1' }, ctx).kind).toBe('ignored');
  });
});

describe('convertMenu / convertBotAdded', () => {
  it('addresses a menu click to the user’s p2p chat', () => {
    const converted = convertMenu(
      {
        event_id: 'ev3',
        event_key: 'today',
        timestamp: 1772413200,
        operator: { operator_name: '王医生', operator_id: { open_id: 'ou_wang' } },
      },
      ctx,
    );
    expect(converted).toMatchObject({
      event: {
        eventId: 'ev3',
        occurredAt: new Date(1772413200000),
        sender: { userId: 'ou_wang', name: '王医生' },
        chat: { id: 'ou_wang', type: 'p2p' },
        body: { kind: 'menu', key: 'today' },
      },
    });
  });

  it('reads the group a bot was added to', () => {
    const converted = convertBotAdded(
      { event_id: 'ev4', chat_id: 'oc_g', name: '城关巡诊群', operator_id: { open_id: 'ou_wang' } },
      ctx,
    );
    expect(converted).toMatchObject({
      event: {
        chat: { id: 'oc_g', type: 'group', name: '城关巡诊群' },
        mentionsBot: false,
        body: { kind: 'botAdded', chatName: '城关巡诊群' },
      },
    });
  });
});

describe('feishuTime', () => {
  it('reads seconds, milliseconds and microseconds; falls back otherwise', () => {
    const at = new Date('2026-03-02T01:00:00Z');
    expect(feishuTime(at.getTime() / 1000, now)).toEqual(at);
    expect(feishuTime(String(at.getTime()), now)).toEqual(at);
    expect(feishuTime(String(at.getTime() * 1000), now)).toEqual(at);
    expect(feishuTime('soon', now)).toBe(now);
    expect(feishuTime(undefined, now)).toBe(now);
  });
});
