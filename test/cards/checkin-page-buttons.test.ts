import { describe, expect, it } from 'vitest';
import { checkInReceiptCard } from '../../cards/checkin-receipt.js';
import { dutyReminderCard } from '../../cards/duty-reminder.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { renderCardText } from '../../src/platforms/sandbox/render-card-text.js';

const URL_IN = 'http://127.0.0.1:3000/app/checkin?t=in.sig';
const URL_OUT = 'http://127.0.0.1:3000/app/checkin?t=out.sig';

describe('cards that open the check-in page', () => {
  const reminder = dutyReminderCard(
    'zh-CN',
    { assignmentId: 5, clinic: '象湖镇卫生院', address: '', date: '2026-03-02', pageUrl: URL_IN },
    'today',
  );

  it('the duty reminder: 定位签到 opens the page (Feishu open_url), the plain 签到 button stays', () => {
    const json = JSON.stringify(renderFeishuCard(reminder));
    expect(json).toContain(`"behaviors":[{"type":"open_url","default_url":"${URL_IN}"}]`);
    expect(json).toContain('"content":"定位签到"');
    expect(json).toContain('"action":"checkin"');
  });

  it('the sandbox chat prints the address to open on this machine, not a numbered button', () => {
    const { text, buttons } = renderCardText(reminder);
    expect(text).toContain(`🔗 定位签到：${URL_IN}`);
    expect(buttons.map((b) => b.text)).toEqual(['签到']);
  });

  it('the evening card has no page button (a link is minted for the day itself)', () => {
    const evening = dutyReminderCard(
      'zh-CN',
      { assignmentId: 5, clinic: '象湖镇卫生院', address: '', date: '2026-03-02' },
      'tomorrow',
    );
    expect(JSON.stringify(evening)).not.toContain('links');
  });

  it('the receipt of a text check-in: 未核验, with 用定位核验 and 定位签退', () => {
    const card = checkInReceiptCard('zh-CN', {
      serviceDayId: 9,
      clinic: '象湖镇卫生院',
      serviceDate: '2026-03-02',
      time: '09:05',
      verification: 'UNVERIFIED',
      distanceM: null,
      latitude: null,
      confirmation: 'PENDING',
      method: 'TEXT',
      pageLinks: { verify: URL_IN, checkOut: URL_OUT },
    });
    const text = renderCardText(card).text;
    expect(text).toContain('定位核验：未核验（未发送位置）');
    expect(text).toContain(`🔗 用定位核验：${URL_IN}`);
    expect(text).toContain(`🔗 定位签退：${URL_OUT}`);
  });

  it('a device check-in reads 设备定位核验 with its distance', () => {
    const card = checkInReceiptCard('zh-CN', {
      serviceDayId: 9,
      clinic: '象湖镇卫生院',
      serviceDate: '2026-03-02',
      time: '09:05',
      verification: 'VERIFIED',
      distanceM: 120,
      latitude: 25.33,
      confirmation: 'PENDING',
      method: 'DEVICE',
    });
    expect(renderCardText(card).text).toContain('定位核验：设备定位核验（距受援单位 120 米）');
  });
});
