import { describe, expect, it } from 'vitest';
import { dutyReminderCard } from '../../cards/duty-reminder.js';
import { monthlyMinimumCard } from '../../cards/monthly-minimum-nudge.js';
import { visitNoticeCard } from '../../cards/visit-notice.js';
import { workLogNudgeCard } from '../../cards/worklog-nudge.js';
import type { Card } from '../../src/core/card.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

const LONG_CLINIC = '福建省龙岩市漳平市新桥镇中心卫生院（漳平市第二医院新桥分院）社区卫生服务中心'.repeat(3);
const LONG_ADDRESS = '福建省龙岩市漳平市新桥镇新桥村新桥街道中心路一百二十三号卫生院综合楼二层'.repeat(3);
const under30KB = (card: Card) => expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);
const visit = { assignmentId: 17, clinic: '石门镇卫生院', address: '漳平市石门镇石门街 8 号', date: '2026-03-09' };

describe('duty reminder cards', () => {
  it.each(['tomorrow', 'today', 'noCheckIn'] as const)('%s (neutral and Feishu)', (moment) => {
    const card = dutyReminderCard('zh-CN', visit, moment);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('in English, with an unknown address', () => {
    expect(dutyReminderCard('en', { ...visit, address: '' }, 'tomorrow')).toMatchSnapshot();
  });

  it('stays below 30 KB with the longest realistic clinic and address', () => {
    under30KB(dutyReminderCard('zh-CN', { ...visit, clinic: LONG_CLINIC, address: LONG_ADDRESS }, 'tomorrow'));
  });
});

describe('visit notice card', () => {
  const physicians = [{ name: '王医生', title: '主治医师', specialty: '内科', home: '漳平市医院' }, { name: '陈医生' }];

  it("lists tomorrow's physicians (neutral and Feishu)", () => {
    const card = visitNoticeCard('zh-CN', { clinic: '石门镇卫生院', date: '2026-03-09', physicians });
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('lists 50 and counts the rest, below 30 KB', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({
      name: `欧阳医生${i}`,
      title: '副主任医师',
      specialty: '心血管内科与介入治疗'.repeat(2),
      home: LONG_CLINIC,
    }));
    const card = visitNoticeCard('zh-CN', { clinic: LONG_CLINIC, date: '2026-12-31', physicians: many });
    expect(JSON.stringify(card)).toContain('另有 30 位未列出');
    under30KB(card);
  });
});

describe('nudge cards', () => {
  it('work-log nudge (neutral and Feishu, English), below 30 KB', () => {
    const view = { serviceDayId: 42, clinic: '石门镇卫生院', date: '2026-03-09' };
    const card = workLogNudgeCard('zh-CN', view);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
    expect(workLogNudgeCard('en', view)).toMatchSnapshot();
    under30KB(workLogNudgeCard('zh-CN', { ...view, clinic: LONG_CLINIC }));
  });

  it('monthly minimum nudge (neutral and Feishu, English), below 30 KB', () => {
    const view = {
      month: '2026-03',
      daysLeft: 8,
      shortfalls: [
        { clinic: '石门镇卫生院', served: 0, pending: 1, required: 2 },
        { clinic: '双洋镇卫生院', served: 1, pending: 0, required: 2 },
      ],
    };
    const card = monthlyMinimumCard('zh-CN', view);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
    expect(monthlyMinimumCard('en', view)).toMatchSnapshot();
    under30KB(
      monthlyMinimumCard('zh-CN', {
        ...view,
        shortfalls: Array.from({ length: 20 }, () => ({ clinic: LONG_CLINIC, served: 0, pending: 30, required: 31 })),
      }),
    );
  });
});
