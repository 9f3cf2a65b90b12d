import { describe, expect, it } from 'vitest';
import { correctionRequestCard, type CorrectionCardView } from '../../cards/correction-request.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

const view: CorrectionCardView = {
  correctionId: 7,
  physician: { name: '王医生', title: '主治医师', specialty: '儿科', home: '漳平市医院' },
  clinic: '石门镇卫生院',
  serviceDate: '2026-03-05',
  reason: '手机没电忘记签到',
  requestedAt: '2026-03-10 10:00',
  used: 1,
  limit: 2,
};

describe('correction request card', () => {
  it('pending, with 批准 and 驳回 (neutral and Feishu)', () => {
    const card = correctionRequestCard('zh-CN', view);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('rejected with a note, in English', () => {
    const card = correctionRequestCard('en', {
      ...view,
      decision: { status: 'REJECTED', by: '陈科长', at: '2026-03-10 15:30', note: '当天未安排下乡' },
    });
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('stays under 30 KB with the longest reason and names', () => {
    const long = '福建省龙岩市漳平市新桥镇中心卫生院（漳平市第二医院新桥分院）'.repeat(3);
    const card = correctionRequestCard('zh-CN', {
      ...view,
      correctionId: 2_147_483_647,
      clinic: long,
      physician: { name: '欧阳'.repeat(10), title: '副主任医师', specialty: long, home: long },
      reason: '因'.repeat(200),
      decision: { status: 'APPROVED', by: '陈'.repeat(20), at: '2026-03-10 15:30', note: '注'.repeat(200) },
    });
    expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);
  });
});
