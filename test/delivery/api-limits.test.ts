import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.js';
import { DINGTALK_APIS, dingtalkApiOf, dingtalkRateLimits } from '../../src/platforms/dingtalk/api-limits.js';
import { GROUP_ID_TYPE, USER_ID_TYPE } from '../../src/platforms/dingtalk/adapter.js';
import { CARD_MSG_TYPE } from '../../src/platforms/dingtalk/card-render.js';
import { dingtalkSettingsOf } from '../../src/platforms/dingtalk/config.js';
import { FEISHU_APIS, feishuApiOf, feishuRateLimits } from '../../src/platforms/feishu/api-limits.js';

const env = loadEnv({
  DATABASE_URL: 'file:./unused.db',
  DINGTALK_CLIENT_ID: 'id',
  DINGTALK_CLIENT_SECRET: 'secret',
  DINGTALK_RATE_PER_SECOND: '15',
  DINGTALK_CARD_RATE_PER_SECOND: '40',
  FEISHU_RATE_PER_SECOND: '30',
});

describe('the API each ledger row is counted against', () => {
  it('on DingTalk: the robot API by receiver kind, the card APIs by operation (dingtalk.md §4–§5)', () => {
    expect(dingtalkApiOf({ operation: 'SEND', receiveIdType: USER_ID_TYPE, msgType: 'text' })).toBe(
      DINGTALK_APIS.oneToOne,
    );
    expect(dingtalkApiOf({ operation: 'SEND', receiveIdType: GROUP_ID_TYPE, msgType: 'text' })).toBe(
      DINGTALK_APIS.group,
    );
    expect(dingtalkApiOf({ operation: 'SEND', receiveIdType: GROUP_ID_TYPE, msgType: CARD_MSG_TYPE })).toBe(
      DINGTALK_APIS.cardCreate,
    );
    expect(dingtalkApiOf({ operation: 'UPDATE_CARD', targetMessageId: 'track', msgType: CARD_MSG_TYPE })).toBe(
      DINGTALK_APIS.cardUpdate,
    );
  });

  it('on Feishu: send, reply and update apart (feishu.md §7.2–§7.4, §8.1)', () => {
    expect(feishuApiOf({ operation: 'SEND' })).toBe(FEISHU_APIS.send);
    expect(feishuApiOf({ operation: 'SEND_FILE' })).toBe(FEISHU_APIS.send);
    expect(feishuApiOf({ operation: 'REPLY' })).toBe(FEISHU_APIS.reply);
    expect(feishuApiOf({ operation: 'UPDATE_CARD' })).toBe(FEISHU_APIS.update);
  });

  it('takes the limits from the settings', () => {
    const settings = dingtalkSettingsOf(env);
    if (!settings) throw new Error('DingTalk not configured');
    expect(dingtalkRateLimits(settings)).toMatchObject({
      appPerSecond: 15,
      apis: { [DINGTALK_APIS.cardCreate]: { perSecond: 40 }, [DINGTALK_APIS.cardUpdate]: { perSecond: 40 } },
    });
    expect(feishuRateLimits(env)).toMatchObject({ appPerSecond: 30, appPerMinute: 1000, receiverPerSecond: 5 });
  });
});
