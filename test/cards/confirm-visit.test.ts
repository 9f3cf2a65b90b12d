import { describe, expect, it } from 'vitest';
import {
  confirmGatheredCard,
  confirmVisitCard,
  MAX_ARRIVALS_PER_CARD,
  type VisitCardView,
} from '../../cards/confirm-visit.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

const view: VisitCardView = {
  serviceDayId: 42,
  physician: { name: '王医生', title: '副主任医师', specialty: '心血管内科', home: '漳平市医院' },
  clinic: '石门镇卫生院',
  serviceDate: '2026-03-02',
  checkInTime: '08:47',
  corrected: false,
  verification: 'VERIFIED',
  distanceM: 80,
  decisions: [],
};

describe('clinic-head confirmation card', () => {
  it('awaiting a decision (neutral and Feishu)', () => {
    const card = confirmVisitCard('zh-CN', view);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('a corrected day, confirmed then disputed with a note, in English', () => {
    const card = confirmVisitCard('en', {
      ...view,
      verification: 'UNVERIFIED',
      distanceM: null,
      corrected: true,
      physician: { name: '王医生' },
      decisions: [
        { status: 'CONFIRMED', by: '李院长', at: '2026-03-02 09:10', note: '' },
        { status: 'DISPUTED', by: '李院长', at: '2026-03-02 15:00', note: '下午未见到该医师' },
      ],
    });
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('stays under 30 KB with long names and the longest notes', () => {
    const long = '福建省龙岩市漳平市新桥镇中心卫生院（漳平市第二医院新桥分院）'.repeat(3);
    const card = confirmVisitCard('zh-CN', {
      ...view,
      serviceDayId: 2_147_483_647,
      clinic: long,
      physician: { name: '欧阳'.repeat(10), title: '副主任医师', specialty: long, home: long },
      decisions: Array.from({ length: 50 }, (_, i) => ({
        status: i % 2 === 0 ? ('CONFIRMED' as const) : ('DISPUTED' as const),
        by: '李院长'.repeat(5),
        at: '2026-03-02 09:10',
        note: '说'.repeat(200),
      })),
    });
    expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);
  });

  it('a full gathered card with long names and the longest notes stays under 30 KB', () => {
    const long = '福建省龙岩市漳平市新桥镇中心卫生院（漳平市第二医院新桥分院）';
    const views = Array.from({ length: MAX_ARRIVALS_PER_CARD }, (_, i) => ({
      ...view,
      serviceDayId: 2_147_483_600 + i,
      clinic: long,
      physician: { name: '欧阳'.repeat(5), title: '副主任医师', specialty: long, home: long },
      decisions: Array.from({ length: 5 }, () => ({
        status: 'DISPUTED' as const,
        by: '李院长',
        at: '2026-03-02 09:10',
        note: '说'.repeat(200),
      })),
    }));
    const card = confirmGatheredCard('zh-CN', 2_147_483_647, views);
    expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);
  });

  it('a gathered card names each physician on their buttons (neutral)', () => {
    const card = confirmGatheredCard('zh-CN', 7, [view, { ...view, serviceDayId: 43, physician: { name: '赵医生' } }]);
    expect(card).toMatchSnapshot();
  });
});
