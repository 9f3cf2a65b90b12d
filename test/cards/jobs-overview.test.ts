import { describe, expect, it } from 'vitest';
import { jobsOverviewCard, type JobsOverview } from '../../cards/jobs-overview.js';
import type { Card } from '../../src/core/card.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

const fits = (card: Card) => expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);

const view: JobsOverview = {
  now: '2026-03-02 09:00',
  jobs: [
    {
      name: '清理已处理的消息记录',
      schedule: '每天 03:30',
      last: { slot: '2026-03-02', status: 'DONE', at: '03-02 03:30', detail: '' },
      next: '03-03 03:30',
    },
    {
      name: 'duty-reminder-morning',
      schedule: '30 7 * * *',
      last: { slot: '2026-03-02', status: 'FAILED', at: '03-02 07:30', detail: 'database unreachable' },
      next: '03-03 07:30',
    },
    { name: 'weekly-schedule', schedule: '0 8 * * 1', next: '03-09 08:00' },
  ],
  undelivered: [
    { at: '03-02 07:30', purpose: 'reminder:duty', recipient: '王医生', reason: 'user not found (230013)' },
    { at: '03-02 08:00', purpose: 'broadcast:schedule', recipient: 'chat_id oc_123', reason: '仍在排队（PENDING）' },
  ],
};

describe('jobs overview card', () => {
  it('jobs with last and next runs and the undelivered messages (neutral and Feishu)', () => {
    const card = jobsOverviewCard('zh-CN', view);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('all delivered, in English', () => {
    expect(jobsOverviewCard('en', { ...view, undelivered: [] })).toMatchSnapshot();
  });

  it('stays under 30 KB with 30 jobs and 10 long failures', () => {
    const long = '飞书接口返回错误：机器人不在会话中，或用户已离职、已停用，请检查通讯录与应用可用范围设置。'.repeat(5);
    fits(
      jobsOverviewCard('zh-CN', {
        now: view.now,
        jobs: Array.from({ length: 30 }, (_, i) => ({
          name: `deadline-ladder-level-${i}`,
          schedule: '0 9,14,18 * * 1-5',
          last: { slot: '2026-03-02T09:00', status: 'FAILED' as const, at: '03-02 09:00', detail: long },
          next: '03-02 14:00',
        })),
        undelivered: Array.from({ length: 10 }, () => ({
          at: '03-02 07:30',
          purpose: 'reminder:duty-evening',
          recipient: '福建省龙岩市漳平市新桥镇中心卫生院',
          reason: long,
        })),
      }),
    );
  });
});
