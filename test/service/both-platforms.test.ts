import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/time/clock.js';
import { testProviders } from '../support/db.js';
import { CHAT_DRIVERS, NOW, seedRotationWorld, type ChatDriver } from './chat-drivers.js';

const cases = testProviders().flatMap((provider) =>
  (['feishu', 'dingtalk'] as const).map((platform) => ({ provider, platform })),
);

describe.each(cases)('physician and coordinator flows on $platform ($provider)', ({ provider, platform }) => {
  let chat: ChatDriver;
  const clock = new ManualClock(NOW);
  let physician: string;
  let coordinator: string;

  beforeAll(async () => {
    chat = await CHAT_DRIVERS[platform](provider, clock);
    physician = chat.userId('wang');
    coordinator = chat.userId('coord');
    await seedRotationWorld(chat.service, chat.platform, { physician, coordinator }, NOW);
  }, 120_000);
  afterAll(() => chat.stop());

  it('tells a stranger how to get registered', async () => {
    const stranger = chat.userId('stranger');
    await chat.say(stranger, '/帮助');
    await chat.settle();
    expect(chat.transcript(stranger)).toContain('/帮助');
  });

  it('shows a physician their record', async () => {
    await chat.say(physician, '/我是谁');
    await chat.settle();
    expect(chat.transcript(physician)).toContain('王医生');
  });

  it('records a typed check-in unverified and says the clinic head confirms it', async () => {
    await chat.say(physician, '/签到');
    await chat.settle();
    const day = await chat.service.database.db.serviceDay.findFirst({ where: { checkInMethod: 'TEXT' } });
    expect(day?.checkInVerification).toBe('UNVERIFIED');
    expect(chat.transcript(physician)).toContain('石门镇卫生院');
    expect(chat.transcript(physician)).toContain('受援单位负责人确认后');
    if (chat.platform === 'DINGTALK') expect(chat.transcript(physician)).toContain('此平台不能发送位置');
  });

  it('sends the coordinator the staffing-table template as a file they can open', async () => {
    await chat.say(coordinator, '/模板');
    await chat.settle();
    const [file] = chat.files(coordinator);
    expect(file?.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('gives the hospital coordinator the month summary in their scope', async () => {
    await chat.say(coordinator, '/汇总 2026-03');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('漳平市医院');
  });
});
