import { describe, expect, it } from 'vitest';
import { checkInReceiptCard } from '../../cards/checkin-receipt.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

describe('check-in receipt card', () => {
  const verified = checkInReceiptCard('zh-CN', {
    serviceDayId: 42,
    clinic: '石门镇卫生院',
    serviceDate: '2026-03-02',
    time: '08:47',
    verification: 'VERIFIED',
    distanceM: 120,
    latitude: 25.291,
    confirmation: 'PENDING',
  });

  it('a verified check-in awaiting confirmation (neutral and Feishu)', () => {
    expect(verified).toMatchSnapshot();
    expect(renderFeishuCard(verified)).toMatchSnapshot();
  });

  it('an unverified check-in with its distance, disputed, in English', () => {
    const card = checkInReceiptCard('en', {
      serviceDayId: 7,
      clinic: '双洋镇卫生院',
      serviceDate: '2026-03-31',
      time: '23:59',
      verification: 'UNVERIFIED',
      distanceM: 1830,
      latitude: 25.3,
      confirmation: 'DISPUTED',
    });
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('a late record on another day names the date, the message time, and a 补卡 day owes no confirmation', () => {
    const card = checkInReceiptCard('zh-CN', {
      serviceDayId: 9,
      clinic: '石门镇卫生院',
      serviceDate: '2026-03-01',
      time: '23:59',
      verification: 'VERIFIED',
      distanceM: 50,
      latitude: 25.3,
      confirmation: 'NOT_OWED',
      notToday: true,
      lateSentAt: '2026-03-01 18:00',
    });
    const notes = card.elements.flatMap((e) => (e.kind === 'note' ? [e.text] : []));
    expect(notes[0]).toContain('已记为 2026-03-01 的服务日');
    expect(notes[1]).toContain('延迟记录');
    expect(notes[1]).toContain('2026-03-01 18:00');
    expect(JSON.stringify(card)).toContain('无需确认');
    expect(notes.some((n) => n.includes('确认后'))).toBe(false);
  });

  it('stays far below 30 KB with the longest realistic clinic name', () => {
    const card = checkInReceiptCard('zh-CN', {
      serviceDayId: 2_147_483_647,
      clinic: '福建省龙岩市漳平市新桥镇中心卫生院（漳平市第二医院新桥分院）社区卫生服务中心'.repeat(3),
      serviceDate: '2026-12-31',
      time: '23:59',
      verification: 'UNVERIFIED',
      distanceM: 123_456,
      latitude: 26.5,
      confirmation: 'CONFIRMED',
    });
    expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);
  });
});
