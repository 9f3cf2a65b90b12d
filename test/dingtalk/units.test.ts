import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/core/card.js';
import { convertCardCallback } from '../../src/platforms/dingtalk/card-callback.js';
import { trustedMarkdown } from '../../src/core/card-text.js';
import { renderDingtalkCard, type CardContent } from '../../src/platforms/dingtalk/card-render.js';
import { convertRobotMessage } from '../../src/platforms/dingtalk/inbound.js';
import { escapeDingtalkMarkdown } from '../../src/platforms/dingtalk/markdown.js';
import { checkDingtalkSign, dingtalkSign } from '../../src/platforms/dingtalk/sign.js';
import { robotMessage, textMessage } from '../emulator/dingtalk/index.js';
import { DING_APP } from './harness.js';

const now = new Date('2026-12-01T02:00:00Z');

describe('the DingTalk callback signature (dingtalk.md §1.1)', () => {
  const ts = String(now.getTime());
  it('accepts Base64(HmacSHA256(secret, timestamp + "\\n" + secret)) within an hour', () => {
    expect(checkDingtalkSign(ts, dingtalkSign(ts, 's3cret'), 's3cret', now)).toBeNull();
    const late = new Date(now.getTime() + 59 * 60_000);
    expect(checkDingtalkSign(ts, dingtalkSign(ts, 's3cret'), 's3cret', late)).toBeNull();
  });
  it('refuses a wrong secret, a stale or future timestamp and missing headers', () => {
    expect(checkDingtalkSign(ts, dingtalkSign(ts, 'other'), 's3cret', now)).toBe('bad_signature');
    const later = new Date(now.getTime() + 61 * 60_000);
    expect(checkDingtalkSign(ts, dingtalkSign(ts, 's3cret'), 's3cret', later)).toBe('stale_timestamp');
    expect(checkDingtalkSign(undefined, 'x', 's3cret', now)).toBe('missing_headers');
    expect(checkDingtalkSign('12ab', 'x', 's3cret', now)).toBe('bad_timestamp');
  });
});

describe('robot messages as events', () => {
  it('reads a group text: leading space trimmed, the robot mention dropped, others kept as mentions', () => {
    const message = textMessage(DING_APP, { from: 'u1', group: 'cidG', at: ['u2'] }, '/绑定 @u2 13800138000');
    const converted = convertRobotMessage(message, now);
    expect(converted.kind).toBe('event');
    if (converted.kind !== 'event') return;
    expect(converted.event).toMatchObject({
      platform: 'DINGTALK',
      eventId: message.msgId,
      messageId: message.msgId,
      sender: { userId: 'u1' },
      chat: { id: 'cidG', type: 'group' },
      mentionsBot: true,
      body: { kind: 'text', text: '/绑定 @u2 13800138000', mentions: [{ userId: 'u2', name: 'u2' }] },
    });
  });
  it.each([
    ['its encrypted id', { dingtalkId: '$:LWCP_v1:$robot', staffId: 'robot_staff' }],
    ['the robot code as staffId', { dingtalkId: '$:LWCP_v1:$other', staffId: DING_APP.clientId }],
  ])('never lists the robot itself among the mentions (known by %s)', (_how, robot) => {
    const message = textMessage(DING_APP, { from: 'u1', group: 'cidG', at: ['u2'] }, '/授权 @u2 院长');
    const withRobot = { ...message, atUsers: [robot, ...(message.atUsers as object[])] };
    expect(convertRobotMessage(withRobot, now)).toMatchObject({
      kind: 'event',
      event: { body: { mentions: [{ userId: 'u2' }] } },
    });
  });
  it('reads rich text as its text and a file by its download code', () => {
    const rich = robotMessage(
      DING_APP,
      { from: 'u1' },
      {
        msgtype: 'richText',
        content: { richText: [{ text: '/签到 ' }, { type: 'picture', downloadCode: 'p' }, { text: '灵地卫生院' }] },
      },
    );
    const file = robotMessage(
      DING_APP,
      { from: 'u1' },
      {
        msgtype: 'file',
        content: { fileName: '人员表.xlsx', downloadCode: 'dc1', spaceId: '1', fileId: '2' },
      },
    );
    expect(convertRobotMessage(rich, now)).toMatchObject({ event: { body: { text: '/签到 灵地卫生院' } } });
    expect(convertRobotMessage(file, now)).toMatchObject({
      event: { body: { kind: 'file', fileKey: 'dc1', fileName: '人员表.xlsx' } },
    });
  });
  it('ignores what it cannot understand (a location arrives as unknownMsgType) and senders without a staffId', () => {
    const location = robotMessage(DING_APP, { from: 'u1' }, { msgtype: 'unknownMsgType', content: {} });
    expect(convertRobotMessage(location, now).kind).toBe('ignored');
    const external = { ...textMessage(DING_APP, { from: 'u1' }, 'hi'), senderStaffId: undefined };
    expect(convertRobotMessage(external, now).kind).toBe('ignored');
    expect(convertRobotMessage({ msgtype: 'text' }, now).kind).toBe('refused');
  });
  it('reads a card button press as a card action on its card', () => {
    const payload = {
      outTrackId: 'ntf_1',
      userId: 'u9',
      spaceType: 'IM_GROUP',
      spaceId: 'cidG',
      content: JSON.stringify({ cardPrivateData: { params: { action: 'visit.confirm', serviceDayId: 7 } } }),
    };
    expect(convertCardCallback(payload, now, 'card-1')).toMatchObject({
      event: {
        chat: { id: 'cidG', type: 'group' },
        body: { kind: 'cardAction', action: 'visit.confirm', value: { serviceDayId: 7 }, cardMessageId: 'ntf_1' },
      },
    });
  });
});

describe('the DingTalk card renderer', () => {
  const card: Card = {
    title: '确认到岗',
    elements: [
      { kind: 'fields', fields: [{ label: '医师', value: '王*[点我](http://evil)*' }] },
      { kind: 'actions', buttons: [{ text: '确认', action: 'visit.confirm', value: { serviceDayId: 7 } }] },
    ],
  };
  it('escapes user text so it is never markup or a link', () => {
    expect(escapeDingtalkMarkdown('王*[点我](http://evil)*<b>')).toBe('王\\*\\[点我\\]\\(http://evil\\)\\*&lt;b&gt;');
    const rendered = renderDingtalkCard(card, undefined, 'note');
    expect(rendered.content).not.toContain('[点我](');
  });
  it('renders an interactive card with the buttons params when a template is configured', () => {
    const rendered = renderDingtalkCard(card, 'tpl.schema', 'note');
    expect(rendered.msgType).toBe('card');
    const content = JSON.parse(rendered.content) as { cardParamMap: { buttons: string } };
    expect(JSON.parse(content.cardParamMap.buttons)).toEqual([
      { text: '确认', style: 'default', params: { serviceDayId: 7, action: 'visit.confirm' } },
    ]);
  });
  it('falls back to markdown that lists the buttons with a note', () => {
    const rendered = renderDingtalkCard(card, undefined, '需要卡片模板');
    expect(rendered.msgType).toBe('markdown');
    expect(JSON.parse(rendered.content).text).toContain('需要卡片模板');
  });
  it('shows what to type instead of the submit of a form that needs its inputs (the template has none)', () => {
    const submit = { text: '保存', action: 'worklog.submit', value: { serviceDayId: 7 } };
    const inputs = [{ name: 'patients', label: '诊疗人次' }];
    const form = (typed?: string): Card => ({
      title: '填写今日工作量',
      elements: [{ kind: 'form', name: 'f', inputs, submit, ...(typed ? { typed: trustedMarkdown(typed) } : {}) }],
    });
    const params = (c: Card) => JSON.parse(renderDingtalkCard(c, 'tpl.schema', 'note').content) as CardContent;
    const typed = params(form('请发送 /日志 诊疗23')).cardParamMap;
    expect(typed.markdown).toContain('请发送 /日志 诊疗23');
    expect(JSON.parse(typed.buttons)).toEqual([]);
    // A form whose inputs are optional (a reason) keeps its submit.
    expect(JSON.parse(params(form()).cardParamMap.buttons)).toHaveLength(1);
  });
});
