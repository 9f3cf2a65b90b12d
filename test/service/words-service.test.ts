import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load.js';
import { demoOpenId } from '../../src/demo/people.js';
import { ManualClock } from '../../src/time/clock.js';
import { cardActionEvent, messageReceiveEvent, type EventPusher } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { callbackValues } from '../support/card-callbacks.js';
import { DEMO_COORDINATORS, WORLD_START, WORLD_TIME_ZONE, WORLD_TODAY } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { clockedPusher, startServiceHarness, type ServiceHarness } from '../support/service-harness.js';

const COUNTY = DEMO_COORDINATORS.county;
const HOSPITAL = DEMO_COORDINATORS.hospital('zhangping_hospital');
const ADMIN = DEMO_COORDINATORS.admin;
const HEAD = DEMO_COORDINATORS.clinicHead('guilin');
const PHYSICIAN = demoOpenId('dr_chen_ming');
/** The demo's current month (its clock is 2026-11-22) and the next. */
const MONTH = WORLD_TODAY.slice(0, 7);

/** Issue #11 item 8, "Words a user reads": each case through the Feishu service, from outside. */
describe.each(testProviders())('words a user reads, through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let pusher: EventPusher;
  const clock = new ManualClock(WORLD_START);

  /** Sends a text in the user's p2p chat; the raw contents of the replies, joined, and the replies. */
  const say = async (from: string, text: string) => {
    // The per-receiver send limit (5 a second) counts on the service clock: each message a second later.
    clock.advance(1000);
    const chatId = harness.emulator.state.p2pChat(APP.appId, from).chat_id;
    const envelope = messageReceiveEvent(
      APP,
      { sender: { open_id: from }, chat: { chat_id: chatId, chat_type: 'p2p' }, body: { type: 'text', text } },
      { at: clock.now().getTime() },
    );
    expect((await pusher.push(harness.eventUrl, envelope)).ok).toBe(true);
    await harness.settle();
    const replies = harness.emulator.state.sent.filter((m) => m.replyTo === envelope.event.message.message_id);
    return { text: replies.map((m) => m.rawContent).join('\n'), replies };
  };
  /** The markdown section of a help card under a role heading. */
  const section = (card: string, heading: string) =>
    (JSON.parse(card) as { body: { elements: { content?: string }[] } }).body.elements
      .map((e) => e.content ?? '')
      .find((content) => content.startsWith(`**${heading}**`)) ?? '';

  beforeAll(async () => {
    // No scheduled reminders to the demo's people: only the replies under test go out.
    harness = await startServiceHarness({
      provider,
      clock,
      env: { SCHEDULER_ENABLED: 'false' },
      emulatorOnServiceClock: true,
    });
    pusher = clockedPusher(harness, clock);
    await loadDemo(harness.service.database.db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE, now: clock.now() });
  }, 120_000);
  afterAll(() => harness.stop());

  it('says 用法 once in the usage of 日志, 排班, 本月, 汇总 and 逾期', async () => {
    for (const [who, command] of [
      [PHYSICIAN, '日志'],
      [PHYSICIAN, '排班'],
      [PHYSICIAN, '本月'],
      [COUNTY, '汇总'],
      [COUNTY, '逾期'],
    ] as const) {
      const { text } = await say(who, `/帮助 ${command}`);
      expect(text).toContain('用法：/');
      expect(text).not.toContain('用法：用法');
    }
  });

  it('lists a clinic head’s /订阅 under their own role, and nothing an administrator is refused', async () => {
    const head = (await say(HEAD, '/帮助')).text;
    expect(section(head, '受援单位负责人')).toContain('/订阅');
    expect(head).not.toContain('**医务科联络员**');
    const admin = (await say(ADMIN, '/帮助')).text;
    for (const own of ['/签到', '/签退', '/日志', '/补卡', '/本月']) expect(admin).not.toContain(`${own}（`);
    for (const theirs of ['/任务', '/授权', '/汇总', '/审计']) expect(section(admin, '管理员')).toContain(theirs);
    expect((await say(ADMIN, '/签到')).text).not.toContain('已签到');
  });

  it('names places of the speaker’s own scope in examples', async () => {
    const county = (await say(COUNTY, '/帮助 汇总')).text;
    expect(county).toContain('/汇总 2023-08 漳平市');
    const hospital = (await say(HOSPITAL, '/帮助 逾期')).text;
    expect(hospital).toContain('/逾期 漳平市医院');
    expect(hospital).not.toContain('福建省立医院');
    const assign = (await say(HOSPITAL, '/帮助 指派')).text;
    expect(assign).not.toMatch(/王秀英 桂林/);
    const correction = (await say(PHYSICIAN, '/帮助 补卡')).text;
    expect(correction).not.toContain('石门卫生院');
    expect(correction).toMatch(/补卡 2026-11-05 \S+(卫生院|服务中心) 手机没电/);
  });

  it('shows a bureau the program’s name on /月报, not its code', async () => {
    const { text } = await say(COUNTY, '/月报 2026-10');
    expect(text).toContain('月报');
    expect(text).not.toContain('DEMO-ZP-GRASSROOTS-2026');
  });

  it('agrees between /导出 月报 and /月报 on an unfinished month, for hospital and bureau alike', async () => {
    for (const who of [COUNTY, HOSPITAL]) {
      for (const command of [`/月报 ${MONTH}`, `/导出 月报 ${MONTH}`]) {
        const { text } = await say(who, command);
        expect(text).toContain(`${MONTH} 还没有结束`);
        expect(text).not.toContain('医务科也可以');
      }
    }
  });

  it('understands 下月, 本月 and 上月 in /导出 人员表', async () => {
    for (const [word, month] of [
      ['下月', '2026-12'],
      ['本月', '2026-11'],
      ['上月', '2026-10'],
    ] as const) {
      await say(COUNTY, `/导出 人员表 ${word}`);
      expect(harness.emulator.state.uploads.at(-1)?.fileName).toBe(`支援人员安排情况表-${month}-漳平市.xlsx`);
    }
  });

  it('tells a physician asking to correct tomorrow that corrections are for past dates', async () => {
    const { text } = await say(PHYSICIAN, '/补卡 明天 桂林 手机没电');
    expect(text).toContain('补卡只能补过去的日期');
    expect(text).not.toContain('看不懂日期');
  });

  it('offers 返回上一级 only below the top of a drill-down', async () => {
    const { replies } = await say(COUNTY, '/汇总 漳平市');
    const top = replies.find((m) => m.msgType === 'interactive');
    const messageId = top?.messageId ?? '';
    expect(top?.rawContent).not.toContain('返回上一级');
    /** Presses the card's first button of `action` as the county and returns the card it became. */
    const press = async (content: unknown, action: string) => {
      const value = callbackValues(content).find((candidate) => candidate.action === action);
      expect(value).toBeDefined();
      const event = cardActionEvent(
        APP,
        { operator: { open_id: COUNTY }, messageId, chatId: top?.chatId ?? '', value },
        { at: clock.now().getTime() },
      );
      expect((await pusher.push(harness.cardUrl, event)).ok).toBe(true);
      await harness.settle();
      return harness.emulator.state.currentCard(messageId);
    };
    const below = await press(top?.content, 'summary.drill');
    expect(JSON.stringify(below)).toContain('返回上一级');
    expect(JSON.stringify(await press(below, 'summary.page'))).not.toContain('返回上一级');
  });
});
